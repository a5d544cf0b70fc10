/** Coaching hours (decision 085): a coach labels their own weeks; the projectleider sees the partnership's and exports them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { coaches, coachingLabels, coachingWeeks, users } from '../../db/schema';
import { callerFor } from '../helpers/demo';
import { rolledBack } from '../helpers/db';
import { failure } from '../helpers/failure';
import { testServer, type TestServer } from '../helpers/server';
import { expectRevisionGuard } from '../helpers/revisions';

let s: TestServer;
let ib: ReturnType<typeof callerFor>;
let leider: ReturnType<typeof callerFor>;

beforeAll(async () => {
  s = await testServer();
  ib = callerFor(s, 'locatie@eindhoven.demo');
  leider = callerFor(s, 'projectleider@eindhoven.demo');
});

const choices = async () => {
  const week = await ib.coaching.myWeek({ week: '2026-W48' });
  if (!week.coach) throw new Error('the demo IB’er is a coach');
  return week;
};

describe('an IB’er labels a week', () => {
  it('shows last week to copy, saves a whole week, and the projectleider sees it per label, location and organisation', () =>
    rolledBack(s.db, async () => {
      const week = await choices();
      expect(week.coach.roleName).toBe("IB'er 0-4");
      expect(week.revision).toBeNull();
      expect(week.lastWeekLines.length).toBeGreaterThan(0);
      const scholing = week.labels.find((l) => l.name === 'Scholing')!;
      const before = await leider.coaching.hours({ year: 2026 });
      await ib.coaching.saveWeek({
        week: '2026-W48',
        revision: null,
        lines: [
          {
            labelId: scholing.id,
            locationId: week.coach.locationId,
            organisationId: week.coach.organisationId,
            hours: '2,5',
          },
          {
            labelId: week.labels[0]!.id,
            locationId: week.coach.locationId,
            organisationId: week.coach.organisationId,
            hours: 0,
          },
        ],
      });
      const saved = await ib.coaching.myWeek({ week: '2026-W48' });
      expect(saved.coach && saved.lines).toEqual([
        {
          labelId: scholing.id,
          locationId: week.coach.locationId,
          organisationId: week.coach.organisationId,
          hours: 2.5,
        },
      ]);
      const after = await leider.coaching.hours({ year: 2026 });
      expect(after.totalHours).toBeCloseTo(before.totalHours + 2.5);
      const byName = (list: { name: string; hours: number }[], name: string) =>
        list.find((x) => x.name === name)!.hours;
      expect(byName(after.byLabel, 'Scholing')).toBeCloseTo(byName(before.byLabel, 'Scholing') + 2.5);
      expect(byName(after.byCoach, 'Linda Verbeek')).toBeCloseTo(byName(before.byCoach, 'Linda Verbeek') + 2.5);
    }));

  it('refuses a week not yet begun, a retired label, a line twice, and hours above 60 at the field', async () => {
    const week = await choices();
    const line = {
      labelId: week.labels[1]!.id,
      locationId: week.coach.locationId,
      organisationId: week.coach.organisationId,
      hours: 1,
    };
    expect(await failure(ib.coaching.saveWeek({ week: '2026-W49', revision: null, lines: [line] }))).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'week',
      message: 'v.coaching.weekInFuture',
    });
    const twice = await failure(ib.coaching.saveWeek({ week: '2026-W10', revision: null, lines: [line, line] }));
    expect(twice).toMatchObject({ code: 'BAD_REQUEST', field: 'lines.1.labelId' });
    const tooMany = await failure(
      ib.coaching.saveWeek({ week: '2026-W10', revision: null, lines: [{ ...line, hours: 61 }] }),
    );
    expect(tooMany.zod[0]).toMatchObject({ path: ['lines', 0, 'hours'], message: 'v.coaching.hours' });
    await rolledBack(s.db, async () => {
      s.db.update(coachingLabels).set({ active: false }).where(eq(coachingLabels.id, line.labelId)).run();
      expect(await failure(ib.coaching.saveWeek({ week: '2026-W10', revision: null, lines: [line] }))).toMatchObject({
        field: 'lines.0.labelId',
        message: 'v.coaching.labelRetired',
      });
    });
  });

  it("refuses another partnership's label as not found, and a person who is no coach", async () => {
    const week = await choices();
    const rotterdamLabel = s.db
      .select()
      .from(coachingLabels)
      .where(eq(coachingLabels.partnershipId, s.region.rotterdam.partnershipId))
      .get()!;
    const line = {
      labelId: rotterdamLabel.id,
      locationId: week.coach.locationId,
      organisationId: week.coach.organisationId,
      hours: 1,
    };
    expect((await failure(ib.coaching.saveWeek({ week: '2026-W10', revision: null, lines: [line] }))).code).toBe(
      'NOT_FOUND',
    );
    await rolledBack(s.db, async () => {
      const userId = s.db.select().from(users).where(eq(users.email, 'locatie@eindhoven.demo')).get()!.id;
      s.db
        .delete(coaches)
        .where(and(eq(coaches.userId, userId), eq(coaches.partnershipId, s.region.eindhoven.partnershipId)))
        .run();
      expect((await ib.coaching.myWeek({ week: '2026-W48' })).coach).toBeNull();
      expect(await failure(ib.coaching.saveWeek({ week: '2026-W10', revision: null, lines: [] }))).toMatchObject({
        code: 'FORBIDDEN',
      });
    });
  });

  it('a second tab with the stale week is refused, naming who saved and when', async () => {
    const week = await choices();
    const weekId = s.db
      .select()
      .from(coachingWeeks)
      .where(eq(coachingWeeks.isoWeek, 40))
      .all()
      .find((w) => w.partnershipId === s.region.eindhoven.partnershipId && w.coachId === week.coach.id)!.id;
    const line = {
      labelId: week.labels[2]!.id,
      locationId: week.coach.locationId,
      organisationId: week.coach.organisationId,
      hours: 3,
    };
    await expectRevisionGuard(s, {
      path: 'coaching.saveWeek',
      first: 'locatie@eindhoven.demo',
      second: 'locatie@eindhoven.demo',
      table: coachingWeeks,
      id: weekId,
      input: (revision) => ({ week: '2026-W40', revision, lines: [line] }),
      noun: 'Deze urenweek',
    });
  });

  it('the label a projectleider renames is guarded by its revision too', async () => {
    const label = (await leider.coaching.setup()).labels.find((l) => l.name === 'Voorbereiding')!;
    await expectRevisionGuard(s, {
      path: 'coaching.updateLabel',
      first: 'projectleider@eindhoven.demo',
      second: 'beheer@eindhoven.demo',
      table: coachingLabels,
      id: label.id,
      input: (revision) => ({ id: label.id, revision, name: 'Voorbereiding', sharePercent: 20, active: true }),
      noun: 'Dit urenlabel',
    });
  });
});

describe('who sees whose hours', () => {
  it('the projectleider reads the whole partnership; Rotterdam’s coaches are not in Eindhoven’s overview', async () => {
    const overview = await leider.coaching.hours({ year: 2026 });
    // The IB'er, the mentor, and the six coaches the costs demo adds (decision 089); none of Rotterdam's.
    expect(overview.byCoach.map((c) => c.name).sort()).toEqual(
      [
        'Linda Verbeek',
        'Mirjam de Wit',
        'Marloes Hendriks',
        'Bas van der Velden',
        'Naima El Idrissi',
        'Joyce Verhoeven',
        'Tim Smulders',
        'Ilse Brands',
      ].sort(),
    );
    expect(overview.byCoach.find((c) => c.name === 'Linda Verbeek')!.roleName).toBe("IB'er 0-4");
  });

  it('a coach sees only their own week: the mentor’s week holds none of the IB’er’s lines', async () => {
    const mentor = callerFor(s, 'mentor@eindhoven.demo');
    const mine = await mentor.coaching.myWeek({ week: '2026-W47' });
    const ibs = await ib.coaching.myWeek({ week: '2026-W47' });
    expect(mine.coach?.roleName).toBe('Mentorteamlid');
    // The mentor never labels "Scholing" in the demo; the IB'er does every week.
    const scholing = (ibs.coach && ibs.labels.find((l) => l.name === 'Scholing'))!.id;
    expect(mine.coach && mine.lines.some((l) => l.labelId === scholing)).toBe(false);
    expect(ibs.coach && ibs.lines.some((l) => l.labelId === scholing)).toBe(true);
  });

  it('exports CSV for Dutch Excel and an XLSX workbook with the same rows', async () => {
    const csv = await leider.coaching.exportHours({ year: 2026, format: 'csv' });
    const rows = csv.content.replace('\uFEFF', '').trim().split('\r\n');
    expect(rows[0]).toBe('Jaar;Week;Maandag;Maand;Coach;Coachingsrol;Label;Locatie;Betalende organisatie;Uren');
    expect(rows.some((r) => /^2026;week 47;16-11-2026;11;Linda Verbeek;IB'er 0-4;Scholing;.+;.+;0,5$/.test(r))).toBe(
      true,
    );
    const xlsx = await leider.coaching.exportHours({ year: 2026, format: 'xlsx' });
    expect(xlsx.encoding).toBe('base64');
    expect(Buffer.from(xlsx.content, 'base64').subarray(0, 2).toString()).toBe('PK');
  });
});
