/**
 * Costs (decision 089): hours × tariff by hand (a role's tariff, a person's over it), a mentor team's
 * week split by its key so the parts sum exactly to the whole, quarters by the week's Thursday, who sees
 * what, tenancy, and stale revisions on a tariff and a key.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import {
  coaches,
  coachingLabels,
  coachingRoles,
  coachingTariffs,
  mentorHourEntries,
  mentorTeamCostKeys,
  mentorTeamMembers,
  mentorTeamOrganisations,
  mentorTeams,
  organisations,
  partnershipOrganisations,
} from '../../db/schema';
import { costsPerOrganisation } from '../../server/features/coaching/public';
import { callerFor } from '../helpers/demo';
import { failure } from '../helpers/failure';
import { testServer, type TestServer } from '../helpers/server';
import { expectRevisionGuard } from '../helpers/revisions';
import { writeCoachingLine } from '../helpers/coaching-lines';
import { dateInIsoWeek } from '../../shared/domain/dates';
import { translateMessage } from '../../shared/i18n/messages';
import type { AppError } from '../../server/errors';

let s: TestServer;
let leider: ReturnType<typeof callerFor>;
let regie: ReturnType<typeof callerFor>;
let partnershipId: number;
const orgs: { id: number; name: string }[] = [];
let ib: { userId: number; coachId: number; roleId: number };
let mentor: { userId: number; coachId: number; roleId: number };
let label: number;
let location: number;
let team: { id: number; adopters: number[] };

const coachOf = (email: string) => {
  const userId = s.region.eindhoven.userIdByEmail[email]!;
  const c = s.db.select().from(coaches).where(eq(coaches.userId, userId)).get()!;
  return { userId, coachId: c.id, roleId: c.coachingRoleId };
};

function logs(coachId: number, year: number, week: number, organisationId: number, minutes: number) {
  const line = { partnershipId, coachId, year, week, labelId: label, locationId: location, organisationId, minutes };
  writeCoachingLine(s.db, line);
}

function mentorLogs(userId: number, year: number, week: number, minutes: number) {
  s.db
    .insert(mentorHourEntries)
    .values({
      partnershipId,
      teamId: team.id,
      userId,
      date: dateInIsoWeek({ year, week }, 2),
      isoYear: year,
      isoWeek: week,
      label: 'weekoverleg',
      minutes,
      createdAt: 0,
    })
    .run();
}

beforeAll(async () => {
  s = await testServer();
  leider = callerFor(s, 'projectleider@eindhoven.demo');
  regie = callerFor(s, 'regiegroep@eindhoven.demo');
  partnershipId = s.region.eindhoven.partnershipId;
  orgs.push(
    ...s.db
      .select({ id: organisations.id, name: organisations.name })
      .from(partnershipOrganisations)
      .innerJoin(organisations, eq(organisations.id, partnershipOrganisations.organisationId))
      .where(eq(partnershipOrganisations.partnershipId, partnershipId))
      .orderBy(asc(organisations.id))
      .all(),
  );
  ib = coachOf('locatie@eindhoven.demo');
  mentor = coachOf('mentor@eindhoven.demo');
  label = s.db.select().from(coachingLabels).where(eq(coachingLabels.partnershipId, partnershipId)).get()!.id;
  location = s.region.eindhoven.locationIds[0]!;
  const t = s.db.select().from(mentorTeams).where(eq(mentorTeams.partnershipId, partnershipId)).get()!;
  const adopters = s.db.select().from(mentorTeamOrganisations).where(eq(mentorTeamOrganisations.teamId, t.id)).all();
  team = { id: t.id, adopters: adopters.map((a) => a.organisationId) };
});

const role = (c: { roleId: number }) => ({ kind: 'coachingRole' as const, coachingRoleId: c.roleId });

describe('cost = hours × tariff, by hand', () => {
  it('prices two people by their role’s tariff, and one by a personal tariff over it', async () => {
    const [a, b] = [orgs[0]!, orgs[1]!];
    await leider.coaching.saveTariff({ year: 2024, target: role(ib), euros: '45,50', revision: null });
    await leider.coaching.saveTariff({ year: 2024, target: role(mentor), euros: 40, revision: null });
    logs(ib.coachId, 2024, 10, a.id, 210); // 3,5 uur × € 45,50 = € 159,25
    logs(mentor.coachId, 2024, 10, a.id, 135); // 2,25 uur × € 40,00 = € 90,00
    logs(mentor.coachId, 2024, 20, b.id, 90); // 1,5 uur × € 40,00 = € 60,00
    let view = await leider.coaching.costs({ year: 2024 });
    const cell = (org: number, q: number) =>
      view.quarters.cells[view.organisations.findIndex((o) => o.id === org)]![q - 1]!;
    expect(view.exact).toBe(true);
    expect(cell(a.id, 1)).toEqual({ hours: 5.75, costCents: 15925 + 9000, hidden: null });
    expect(cell(b.id, 2)).toEqual({ hours: 1.5, costCents: 6000, hidden: null });
    expect(view.quarters.total).toEqual({ hours: 7.25, costCents: 30925, hidden: null });

    // A personal tariff of € 52,25 wins over the role's: 135 × 52,25 / 60 = 117,5625 → € 117,56; 90 min → € 78,375 → € 78,38.
    await leider.coaching.saveTariff({
      year: 2024,
      target: { kind: 'person', userId: mentor.userId },
      euros: '52,25',
      revision: null,
    });
    view = await leider.coaching.costs({ year: 2024 });
    expect(cell(a.id, 1).costCents).toBe(15925 + 11756);
    expect(cell(b.id, 2).costCents).toBe(7838);
    expect(view.quarters.total.costCents).toBe(15925 + 11756 + 7838);
    expect(view.unpricedHours).toBe(0);
    // Another year has no tariffs: hours count, cost is 0, and the hours are named as unpriced.
    logs(ib.coachId, 2023, 10, a.id, 60);
    const other = await leider.coaching.costs({ year: 2023 });
    expect(other.quarters.total).toEqual({ hours: 1, costCents: 0, hidden: null });
    expect(other.unpricedHours).toBe(1);
  });

  it('refuses a tariff with more than two decimals, a negative one, and another partnership’s role', async () => {
    const rotterdamRole = s.db
      .select()
      .from(coachingRoles)
      .where(eq(coachingRoles.partnershipId, s.region.rotterdam.partnershipId))
      .get()!;
    expect(
      await failure(leider.coaching.saveTariff({ year: 2024, target: role(ib), euros: '45,555', revision: null })),
    ).toMatchObject({ code: 'BAD_REQUEST', zod: [{ path: ['euros'], message: 'v.coaching.tariff' }] });
    expect(
      await failure(leider.coaching.saveTariff({ year: 2024, target: role(ib), euros: -1, revision: null })),
    ).toMatchObject({ code: 'BAD_REQUEST' });
    expect(
      await failure(
        leider.coaching.saveTariff({
          year: 2024,
          target: { kind: 'coachingRole', coachingRoleId: rotterdamRole.id },
          euros: 40,
          revision: null,
        }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('one price per hour: no second tariff beside one (decision 097)', () => {
  it.each([
    ['a coaching role', () => role(ib)],
    ['a role in a mentor team', () => ({ kind: 'teamRole' as const, teamRole: 'roc-docent' as const })],
    ['a person', () => ({ kind: 'person' as const, userId: ib.userId })],
  ])('refuses a second tariff for %s in the same year at the field, naming the one there is', async (_, target) => {
    const first = await leider.coaching.saveTariff({ year: 2019, target: target(), euros: '45,50', revision: null });
    const count = (await leider.coaching.tariffs({ year: 2019 })).tariffs.length;
    const second = await failure(
      leider.coaching.saveTariff({ year: 2019, target: target(), euros: 60, revision: null }),
    );
    expect(second).toMatchObject({ code: 'CONFLICT', message: 'e.coaching.tariffOverlap', field: 'target' });
    expect((second.cause as AppError).params).toMatchObject({ year: 2019, euros: '€ 45,50' });
    expect(translateMessage('e.coaching.tariffOverlap', 'nl', (second.cause as AppError).params)).toBe(
      'In 2019 is hiervoor al een tarief van € 45,50: pas dat aan, zodat een uur één prijs heeft.',
    );
    // Still one tariff, at the first price; another year is another tariff.
    const rows = (await leider.coaching.tariffs({ year: 2019 })).tariffs;
    expect(rows).toHaveLength(count);
    expect(rows.find((t) => t.id === first.id)?.centsPerHour).toBe(4550);
    expect(rows.some((t) => t.centsPerHour === 6000)).toBe(false);
    await leider.coaching.saveTariff({ year: 2020, target: target(), euros: 60, revision: null });
  });

  it('an update under its revision changes the one tariff, and never makes a second', async () => {
    const target = { kind: 'coachingRole' as const, coachingRoleId: mentor.roleId };
    const { id } = await leider.coaching.saveTariff({ year: 2018, target, euros: 40, revision: null });
    await leider.coaching.saveTariff({ year: 2018, target, euros: 41, revision: 0 });
    const rows = s.db
      .select()
      .from(coachingTariffs)
      .where(and(eq(coachingTariffs.year, 2018), eq(coachingTariffs.coachingRoleId, mentor.roleId)))
      .all();
    expect(rows.map((r) => [r.id, r.centsPerHour])).toEqual([[id, 4100]]);
  });
});

describe('a mentor team’s cost split by its key', () => {
  /** Each organisation's year as the projectleider sees it (exact), by organisation id. */
  const yearOf = async (year: number) => {
    const view = await leider.coaching.costs({ year });
    return new Map(view.organisations.map((o, i) => [o.id, view.quarters.rowTotals[i]!]));
  };

  it('33/33/34: the parts sum exactly to the week’s cost, by largest remainder', async () => {
    // A third adopter, so the key has three parts.
    const third = orgs.find((o) => !team.adopters.includes(o.id))!;
    s.db.insert(mentorTeamOrganisations).values({ teamId: team.id, organisationId: third.id }).run();
    team.adopters.push(third.id);
    const praktijkopleider = s.db
      .select()
      .from(mentorTeamMembers)
      .where(and(eq(mentorTeamMembers.teamId, team.id), eq(mentorTeamMembers.teamRole, 'praktijkopleider')))
      .get()!;
    await leider.coaching.saveTariff({
      year: 2022,
      target: { kind: 'teamRole', teamRole: 'praktijkopleider' },
      euros: 47,
      revision: null,
    });
    const [x, y, z] = [...team.adopters].sort((p, q) => p - q);
    await leider.coaching.saveCostKey({
      teamId: team.id,
      year: 2022,
      revision: null,
      shares: [
        { organisationId: x!, percent: 33 },
        { organisationId: y!, percent: '33' },
        { organisationId: z!, percent: 34 },
      ],
    });
    // 100 minutes × € 47 = € 78,333… → € 78,33 for the week. Exact parts 25,85 / 25,85 / 26,63 (+ remainders
    // ,89 ,89 ,22): floors 2584 + 2584 + 2663 = 7831, the 2 cents left go to the two largest remainders.
    const user = praktijkopleider.userId;
    const personal = s.db
      .select()
      .from(coachingTariffs)
      .where(and(eq(coachingTariffs.userId, user), eq(coachingTariffs.year, 2022)))
      .get();
    expect(personal).toBeUndefined();
    mentorLogs(user, 2022, 10, 100);
    const byOrg = await yearOf(2022);
    expect([x, y, z].map((o) => byOrg.get(o!)!.costCents)).toEqual([2585, 2585, 2663]);
    expect((await leider.coaching.costs({ year: 2022 })).quarters.total.costCents).toBe(7833);
    // Minutes split the same way: 33 + 33 + 34.
    expect([x, y, z].map((o) => byOrg.get(o!)!.hours)).toEqual([0.55, 0.55, 0.57]);
  });

  it('1/3 each (no key: equal shares) on an awkward whole still sums to it', async () => {
    const member = s.db.select().from(mentorTeamMembers).where(eq(mentorTeamMembers.teamId, team.id)).all();
    await leider.coaching.saveTariff({
      year: 2021,
      target: { kind: 'teamRole', teamRole: 'praktijkopleider' },
      euros: '47,01',
      revision: null,
    });
    const po = member.find((m) => m.teamRole === 'praktijkopleider')!;
    mentorLogs(po.userId, 2021, 10, 100); // 100 × 47,01 / 60 = 78,35 → 7835 cents: 2612 + 2612 + 2611
    const byOrg = await yearOf(2021);
    expect([...byOrg.values()].map((r) => r.costCents).sort()).toEqual([2611, 2612, 2612]);
    expect((await leider.coaching.costs({ year: 2021 })).quarters.total.costCents).toBe(7835);
    // For the report (outside the partnership) each part is one person's: suppressed, and no figure given.
    const rows = await costsPerOrganisation(s.db, partnershipId, { from: '2021-01-01', to: '2021-12-31' });
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.suppressed && r.hours === 0 && r.costCents === 0)).toBe(true);
  });

  it('refuses a key that does not add up to 100 or names an organisation that does not adopt the team', async () => {
    const [x, y, z] = [...team.adopters].sort((p, q) => p - q);
    const outsider = orgs.find((o) => !team.adopters.includes(o.id));
    expect(
      await failure(
        leider.coaching.saveCostKey({
          teamId: team.id,
          year: 2023,
          revision: null,
          shares: [
            { organisationId: x!, percent: '33,33' },
            { organisationId: y!, percent: '33,33' },
            { organisationId: z!, percent: '33,33' },
          ],
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', zod: [{ path: ['shares'], message: 'v.coaching.keySum' }] });
    if (outsider)
      expect(
        await failure(
          leider.coaching.saveCostKey({
            teamId: team.id,
            year: 2023,
            revision: null,
            shares: [
              { organisationId: x!, percent: 50 },
              { organisationId: outsider.id, percent: 50 },
            ],
          }),
        ),
      ).toMatchObject({ code: 'BAD_REQUEST', field: 'shares' });
  });
});

describe('quarters count a week by its Thursday', () => {
  it('a week from Monday 30 September to Sunday 6 October 2024 is the fourth quarter’s', async () => {
    const a = orgs[0]!;
    logs(ib.coachId, 2024, 40, a.id, 60);
    const view = await leider.coaching.costs({ year: 2024 });
    const row = view.quarters.cells[view.organisations.findIndex((o) => o.id === a.id)]!;
    expect(row[2]!.hours).toBe(0);
    expect(row[3]).toEqual({ hours: 1, costCents: 4550, hidden: null });
    const q3 = await costsPerOrganisation(s.db, partnershipId, { from: '2024-07-01', to: '2024-09-30' });
    const q4 = await costsPerOrganisation(s.db, partnershipId, { from: '2024-10-01', to: '2024-12-31' });
    expect(q3.find((r) => r.organisationId === a.id)).toBeUndefined();
    expect(q4.find((r) => r.organisationId === a.id)).toMatchObject({ suppressed: true, hours: 0, costCents: 0 });
  });
});

describe('who sees what', () => {
  it('the regiegroep sees "< 5" where fewer than 5 people wrote hours; the projectleider sees the figures', async () => {
    const view = await regie.coaching.costs({ year: 2024 });
    expect(view.exact).toBe(false);
    expect(view.unpricedHours).toBeNull();
    for (const row of view.quarters.cells) for (const c of row) expect(c.hours === 0 || c.hidden !== null).toBe(true);
    expect(view.quarters.total).toEqual({ hours: null, costCents: null, hidden: '< 5' });
    expect(JSON.stringify(view)).not.toContain('15925');
    expect(await failure(callerFor(s, 'mentor@eindhoven.demo').coaching.costs({ year: 2024 }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await failure(callerFor(s, 'locatie@eindhoven.demo').coaching.tariffs({ year: 2024 }))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('the demo year shows the IB’er’s organisation with six coaches as figures to the regiegroep', async () => {
    const year = 2026;
    const view = await regie.coaching.costs({ year });
    const ibOrg = s.db.select().from(coaches).where(eq(coaches.id, ib.coachId)).get()!.organisationId;
    const i = view.organisations.findIndex((o) => o.id === ibOrg);
    expect(view.quarters.cells[i]![3]!.hidden).toBeNull();
    expect(view.quarters.cells[i]![3]!.costCents).toBeGreaterThan(0);
    expect(view.quarters.cells.flat().some((c) => c.hidden === '< 5')).toBe(true);
  });

  it('another partnership sees none of it', async () => {
    const rotterdam = await callerFor(s, 'projectleider@rotterdam.demo').coaching.costs({ year: 2024 });
    expect(rotterdam.organisations).toEqual([]);
    const tariffs = await callerFor(s, 'projectleider@rotterdam.demo').coaching.tariffs({ year: 2024 });
    expect(tariffs.tariffs).toEqual([]);
    expect(tariffs.teams.map((t) => t.id)).not.toContain(team.id);
    expect(
      await costsPerOrganisation(s.db, s.region.rotterdam.partnershipId, { from: '2024-01-01', to: '2024-12-31' }),
    ).toEqual([]);
  });

  it('exports the overview as the reader sees it (CSV, Dutch)', async () => {
    const file = await regie.coaching.exportCosts({ year: 2024, format: 'csv' });
    expect(file.filename).toBe('kosten-coaching-2024.csv');
    expect(file.content).toContain('Organisatie;Jaar;Kwartaal;Uren;Kosten (euro)');
    expect(file.content).toContain('Totaal;2024;jaar;< 5;< 5');
    const exact = await leider.coaching.exportCosts({ year: 2024, format: 'xlsx' });
    expect(exact.encoding).toBe('base64');
  });
});

describe('stale revisions', () => {
  it('a tariff saved meanwhile is refused, naming who saved it', async () => {
    const tariff = s.db
      .select()
      .from(coachingTariffs)
      .where(and(eq(coachingTariffs.partnershipId, partnershipId), eq(coachingTariffs.year, 2024)))
      .orderBy(asc(coachingTariffs.id))
      .get()!;
    await expectRevisionGuard(s, {
      path: 'coaching.saveTariff',
      first: 'projectleider@eindhoven.demo',
      second: 'beheer@eindhoven.demo',
      table: coachingTariffs,
      id: tariff.id,
      input: (revision) => ({ year: 2024, target: role(ib), euros: '46,00', revision }),
      noun: 'Dit tarief',
      stored: () => s.db.select().from(coachingTariffs).where(eq(coachingTariffs.id, tariff.id)).get()!.centsPerHour,
    });
  });

  it('a key saved meanwhile is refused, naming who saved it', async () => {
    const key = s.db
      .select()
      .from(mentorTeamCostKeys)
      .where(and(eq(mentorTeamCostKeys.teamId, team.id), eq(mentorTeamCostKeys.year, 2022)))
      .get()!;
    const [x, y, z] = [...team.adopters].sort((p, q) => p - q);
    await expectRevisionGuard(s, {
      path: 'coaching.saveCostKey',
      first: 'projectleider@eindhoven.demo',
      second: 'beheer@eindhoven.demo',
      table: mentorTeamCostKeys,
      id: key.id,
      input: (revision) => ({
        teamId: team.id,
        year: 2022,
        revision,
        shares: [
          { organisationId: x, percent: 50 },
          { organisationId: y, percent: 25 },
          { organisationId: z, percent: 25 },
        ],
      }),
      noun: 'Deze verdeelsleutel',
    });
  });
});
