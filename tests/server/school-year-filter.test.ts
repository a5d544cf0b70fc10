/**
 * Reports by school year, and a class's line over its years (decision 088). Today is 2026-11-25.
 * Class "Zes" (6 students) began in 2025-2026 and goes on in 2026-2027:
 * - 2025-2026: weeks 2025-W40 and W41 held (one absence in W40: 11 of 12 present), 90 minutes of hours
 *   on 2025-10-01, a signal raised in 2025-W40 and closed on 2026-01-15;
 * - 2026-2027: weeks 2026-W45, W46, W47 held, all present, 60 minutes on 2026-11-10, a signal raised in
 *   2026-W46, still open.
 * Class "Vier" (4 students, 2026-2027): one week, so its rates are hidden ("< 5").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { twoYearFixture, type TwoYearFixture } from '../helpers/two-years';
import { failure } from '../helpers/failure';

let fx: TwoYearFixture;
let zes: ReturnType<TwoYearFixture['team']>;
let vier: ReturnType<TwoYearFixture['team']>;

beforeAll(() => {
  fx = twoYearFixture();
  zes = fx.team('Zes', 6, fx.lastYearId);
  vier = fx.team('Vier', 4, fx.thisYearId);
  fx.week(zes.id, 2025, 40, zes.students, [zes.students[0]!]);
  fx.week(zes.id, 2025, 41, zes.students);
  fx.hours(zes.id, '2025-10-01', 90);
  fx.signal(zes.id, 2025, 40, 2, Date.UTC(2026, 0, 15, 10));
  for (const w of [45, 46, 47]) fx.week(zes.id, 2026, w, zes.students);
  fx.hours(zes.id, '2026-11-10', 60);
  fx.signal(zes.id, 2026, 46, 3);
  fx.week(vier.id, 2026, 45, vier.students);
});

const regie = () => fx.caller('regie@tel.test');
const rowOf = async (schoolYearId?: number) => {
  const d = await regie().regiegroep.dashboard(schoolYearId === undefined ? {} : { schoolYearId });
  return { d, zes: d.mentorTeams.teams.find((t) => t.id === zes.id) };
};

describe('the regiegroep dashboard by school year', () => {
  it('defaults to the current year, and a class that began last year is in it by its dates', async () => {
    const { d, zes: row } = await rowOf();
    expect(d.scope.schoolYear?.label).toBe('2026-2027');
    expect(row?.logs.present).toBe(3);
    expect(row?.hours.spent).toBe(1);
    expect(row?.presenceRate).toBe(100);
    expect(d.mentorTeams.signals.total).toBe(1);
  });

  it('last year: only the figures dated in it (a figure of last year is not in this year, nor the reverse)', async () => {
    const { d, zes: row } = await rowOf(fx.lastYearId);
    expect(d.scope.schoolYear?.label).toBe('2025-2026');
    expect(row?.logs.present).toBe(2);
    expect(row?.hours.spent).toBe(1.5);
    expect(row?.presenceRate).toBe(91.7);
    expect(d.mentorTeams.signals.total).toBe(1);
    // Klas Vier belongs to this year only and has no data last year
    expect(d.mentorTeams.teams.map((t) => t.id)).toEqual([zes.id]);
  });

  it('the teams overview (mentorTeams.overview) filters the same way', async () => {
    const now = (await regie().mentorTeams.overview()).find((t) => t.id === zes.id)!;
    const last = (await regie().mentorTeams.overview({ schoolYearId: fx.lastYearId })).find((t) => t.id === zes.id)!;
    expect(now.presence).toMatchObject({ sessions: 18, present: 18 });
    expect(last.presence).toMatchObject({ sessions: 12, present: 11 });
    expect(now.signals).toMatchObject({ nieuw: 1, afgerond: 0 });
    expect(last.signals).toMatchObject({ nieuw: 0, afgerond: 1 });
    expect(now.weeks.filter((w) => w.state === 'vastgesteld').map((w) => w.week)).toEqual([45, 46, 47]);
    expect(last.weeks.filter((w) => w.state === 'vastgesteld').map((w) => w.week)).toEqual([40, 41]);
    expect((await regie().mentorTeams.overview({ schoolYearId: fx.lastYearId })).map((t) => t.id)).toEqual([zes.id]);
  });

  it("another partnership's school year (or none) selects nothing, never an error", async () => {
    expect(await regie().mentorTeams.overview({ schoolYearId: 99_999 })).toEqual([]);
  });
});

describe("a class's line over its years", () => {
  it('shows the main figures per school year, for both years with data', async () => {
    const line = await regie().regiegroep.classLine({ teamId: zes.id });
    expect(line.classSize).toBe(6);
    expect(line.years).toEqual([
      {
        schoolYearId: fx.lastYearId,
        label: '2025-2026',
        sessionsHeld: 2,
        presenceRate: 91.7,
        workplaceRate: 100,
        signalsRaised: 1,
        signalsClosed: 1,
        hours: 1.5,
      },
      {
        schoolYearId: fx.thisYearId,
        label: '2026-2027',
        sessionsHeld: 3,
        presenceRate: 100,
        workplaceRate: 100,
        signalsRaised: 1,
        signalsClosed: 0,
        hours: 1,
      },
    ]);
  });

  it('a class of fewer than 5: rates are not shown, the class size is "< 5"', async () => {
    const line = await regie().regiegroep.classLine({ teamId: vier.id });
    expect(line.classSize).toBe('< 5');
    expect(line.years).toHaveLength(1);
    expect(line.years[0]).toMatchObject({
      label: '2026-2027',
      sessionsHeld: 1,
      presenceRate: null,
      workplaceRate: null,
    });
  });

  it("a mentor sees their own team's line; another partnership's team is not found", async () => {
    expect((await fx.caller('mentor@tel.test').regiegroep.classLine({ teamId: zes.id })).years).toHaveLength(2);
    expect(await failure(regie().regiegroep.classLine({ teamId: 99_999 }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('a class spans its years (decision 087)', () => {
  it("a class in its second year is in last year's report by its span, even with nothing logged then (last: it adds a class)", async () => {
    const twee = fx.team('Twee', 5, fx.thisYearId);
    fx.db.$client.prepare('UPDATE cohort SET start_school_year_id = ? WHERE id = ?').run(fx.lastYearId, twee.cohort);
    const ids = async (schoolYearId: number) =>
      (await regie().regiegroep.dashboard({ schoolYearId })).mentorTeams.teams.map((t) => t.id);
    expect(await ids(fx.lastYearId)).toContain(twee.id);
    expect(await ids(fx.thisYearId)).toContain(twee.id);
    const overview = await regie().mentorTeams.overview({ schoolYearId: fx.lastYearId });
    expect(overview.find((t) => t.id === twee.id)?.presence).toMatchObject({ sessions: 0 });
    // last year's budget as the roll-over kept it (cohort_year), this year's the team's own
    fx.db.$client
      .prepare(
        'INSERT INTO cohort_year (partnership_id, cohort_id, school_year_id, budget_hours_per_period, created_at) VALUES (?, ?, ?, 7, 0)',
      )
      .run(fx.partnershipId, twee.cohort, fx.lastYearId);
    const budget = async (schoolYearId: number) =>
      (await regie().regiegroep.dashboard({ schoolYearId })).mentorTeams.teams.find((t) => t.id === twee.id)?.hours
        .budget;
    expect(await budget(fx.lastYearId)).toBe(7);
    expect(await budget(fx.thisYearId)).toBe(20); // the team's 10 hours a period, two periods this year
    // a class that began this year is not in last year's
    expect(await ids(fx.lastYearId)).not.toContain(vier.id);
  });
});
