/**
 * The rekentool (decision 085): hours due by each national preset, computed by hand for two locations,
 * the presets combined with a "vaste voet", a location without VE children, and due against labelled.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { NORM_PRESETS, hoursDue, monthOfIsoWeek } from '../../shared/domain/coaching';
import { compareDueAndLabelled, type RekenLocation } from '../../server/features/coaching/rekentool';
import { callerFor } from '../helpers/demo';
import { rolledBack } from '../helpers/db';
import { failure } from '../helpers/failure';
import { testServer, type TestServer } from '../helpers/server';
import { expectRevisionGuard } from '../helpers/revisions';
import { coachingNorms } from '../../db/schema';

// Two locations: De Linde with 12 VE children and 4,5 FTE pm'ers; Het Anker with none and 2 FTE.
const linde = { veChildren: 12, ftePm: 4.5, fixedBaseHours: 60 };
const anker = { veChildren: 0, ftePm: 2, fixedBaseHours: 60 };

describe('hours due by each norm, by hand', () => {
  it('coaching pm’ers: 50 per kindcentrum + 10 per FTE', () => {
    expect(hoursDue(NORM_PRESETS.coachingPm, linde)).toBe(50 + 45); // 95
    expect(hoursDue(NORM_PRESETS.coachingPm, anker)).toBe(50 + 20); // 70
  });
  it('VE: 10 per VE child; a location without VE children is due none', () => {
    expect(hoursDue(NORM_PRESETS.veChild, linde)).toBe(120);
    expect(hoursDue(NORM_PRESETS.veChild, anker)).toBe(0);
  });
  it('both presets combined, and with the vaste voet of a small municipality', () => {
    expect(hoursDue(NORM_PRESETS.both, linde)).toBe(50 + 120 + 45); // 215
    expect(hoursDue(NORM_PRESETS.both, anker)).toBe(50 + 0 + 20); // 70
    const enschede = { ...NORM_PRESETS.veChild, countsFixedBase: true };
    expect(hoursDue(enschede, linde)).toBe(60 + 120); // Enschede's "60 uur plus 10 per VE kind"
    expect(hoursDue(enschede, anker)).toBe(60);
    expect(hoursDue({ ...NORM_PRESETS.veChild, countsFixedBase: false }, { ...linde, fixedBaseHours: 999 })).toBe(120);
  });
  it('a week counts in the month of its Thursday', () => {
    expect(monthOfIsoWeek({ year: 2026, week: 44 })).toBe(10); // 26-10 … 01-11: Thursday 29 October
    expect(monthOfIsoWeek({ year: 2026, week: 45 })).toBe(11);
  });
});

describe('due against labelled', () => {
  const locations: RekenLocation[] = [
    { id: 1, name: 'De Linde', organisationId: 7, organisationName: 'SKE', ...linde },
    { id: 2, name: 'Het Anker', organisationId: 8, organisationName: 'Signum', ...anker },
  ];
  const labels = [
    { id: 10, name: 'Weekoverleg', sharePercent: 10 },
    { id: 11, name: 'Coaching pm’ers', sharePercent: 60 },
  ];
  const line = (locationId: number, labelId: number, month: number, hours: number, organisationId = 7) => ({
    locationId,
    organisationId,
    organisationName: organisationId === 7 ? 'SKE' : 'Signum',
    labelId,
    month,
    minutes: hours * 60,
  });
  const lines = [line(1, 10, 9, 30), line(1, 11, 9, 60), line(2, 11, 10, 10, 8)];
  const result = compareDueAndLabelled(NORM_PRESETS.coachingPm, locations, labels, lines);

  it('per location and organisation: due, labelled and the difference', () => {
    expect(result.byLocation).toEqual([
      { id: 1, name: 'De Linde', due: 95, labelled: 90, difference: -5 },
      { id: 2, name: 'Het Anker', due: 70, labelled: 10, difference: -60 },
    ]);
    expect(result.byOrganisation.find((o) => o.name === 'Signum')).toMatchObject({ due: 70, labelled: 10 });
    expect(result).toMatchObject({ dueTotal: 165, labelledTotal: 100, difference: -65 });
  });
  it('flags the label above its share: weekoverleg takes 30 % where 10 % was meant', () => {
    expect(result.byLabel).toEqual([
      { id: 10, name: 'Weekoverleg', sharePercent: 10, labelled: 30, part: 30, expected: 16.5, leaks: true },
      { id: 11, name: 'Coaching pm’ers', sharePercent: 60, labelled: 70, part: 70, expected: 99, leaks: true },
    ]);
  });
  it('per month: a twelfth of the year due against the month’s hours', () => {
    expect(result.byMonth[8]).toEqual({ month: 9, due: 13.8, labelled: 90, difference: 76.2 });
    expect(result.byMonth[0]).toEqual({ month: 1, due: 13.8, labelled: 0, difference: -13.8 });
  });
});

describe('the rekentool of a partnership', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await testServer();
  });

  it('the projectleider sets a norm and figures; due follows them, labelled comes from the coaches’ weeks', () =>
    rolledBack(s.db, async () => {
      const leider = callerFor(s, 'projectleider@eindhoven.demo');
      const before = await leider.coaching.rekentool({ year: 2026 });
      expect(before.labelledTotal).toBeGreaterThan(0);
      await leider.coaching.saveNorm({ year: 2026, revision: before.norm.revision, ...NORM_PRESETS.veChild });
      const [first, second] = before.figures;
      await leider.coaching.saveFigures({
        locationId: first!.locationId,
        year: 2026,
        revision: first!.revision,
        veChildren: 12,
        ftePm: '4,5',
        fixedBaseHours: 0,
      });
      await leider.coaching.saveFigures({
        locationId: second!.locationId,
        year: 2026,
        revision: second!.revision,
        veChildren: 0,
        ftePm: 2,
        fixedBaseHours: 0,
      });
      const after = await leider.coaching.rekentool({ year: 2026 });
      expect(after.byLocation.find((l) => l.id === first!.locationId)!.due).toBe(120);
      expect(after.byLocation.find((l) => l.id === second!.locationId)!.due).toBe(0);
      expect(after.labelledTotal).toBe(before.labelledTotal);
      // The demo IB'er spends more on weekoverleg than its 10 %: it leaks.
      expect(after.byLabel.find((l) => l.name === 'Weekoverleg')!.leaks).toBe(true);
    }));

  it('refuses figures that are no whole number of VE children, at the field', async () => {
    const leider = callerFor(s, 'projectleider@eindhoven.demo');
    const locationId = (await leider.coaching.rekentool({ year: 2026 })).figures[0]!.locationId;
    const f = await failure(
      leider.coaching.saveFigures({
        locationId,
        year: 2026,
        revision: 0,
        veChildren: '2,5',
        ftePm: 1,
        fixedBaseHours: 0,
      }),
    );
    expect(f.zod[0]).toMatchObject({ path: ['veChildren'], message: 'v.coaching.veChildren' });
  });

  it('the norm is guarded by its revision', async () => {
    const norm = s.db
      .select()
      .from(coachingNorms)
      .all()
      .find((n) => n.partnershipId === s.region.eindhoven.partnershipId)!;
    await expectRevisionGuard(s, {
      path: 'coaching.saveNorm',
      first: 'projectleider@eindhoven.demo',
      second: 'beheer@eindhoven.demo',
      table: coachingNorms,
      id: norm.id,
      input: (revision) => ({ year: norm.year, revision, ...NORM_PRESETS.both }),
      noun: 'Deze norm',
    });
  });
});
