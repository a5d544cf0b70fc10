/**
 * The two subtraction attacks of issue 13, as a regiegroep member would make them (decision 073):
 * 1. every filter of the dashboard's placements panel and of the regiegroep's drill-downs behind
 *    "unplaced" and "to place", answers lined up and subtracted (by a linear
 *    attacker that tries every combination at once) — no group shown as "< 5" can be worked out, and
 *    neither can the group of one placed at A in programme 2 nor the one unplaced for lack of days;
 * 2. the mentor-team figures the dashboard hides, read through `mentorTeams.overview`,
 *    `mentorTeams.signals` and `cohorts.list`: the same "< 5", while the team's own member keeps the count;
 * 3. (decision 088) the answers of two school years lined up: who left a class between them stays hidden.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { UNPLACED_REASONS } from '../../shared/schemas/regiegroep';
import { bareFixture, publishRound, type BareFixture } from '../helpers/regiegroep';
import { LinearAttacker } from '../helpers/linear-attacker';
import { twoYearFixture, type TwoYearFixture } from '../helpers/two-years';

let fx: BareFixture;
type L = 'a' | 'b';
type P = 'p1' | 'p2';
const LOCS: L[] = ['a', 'b'];
const PROGS: P[] = ['p1', 'p2'];
const RANKS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const placedAtom = (l: L, p: P, rank: number) => `placed ${l} ${p} ${rank}`;
const unplacedAtom = (p: P, reason: string) => `unplaced ${p} ${reason}`;
const ATOMS = [
  ...LOCS.flatMap((l) => PROGS.flatMap((p) => RANKS.map((r) => placedAtom(l, p, r)))),
  ...PROGS.flatMap((p) => UNPLACED_REASONS.map((r) => unplacedAtom(p, r))),
  'withdrawn',
];
const cell = (l: L, p: P) => RANKS.map((r) => placedAtom(l, p, r));

beforeAll(() => {
  fx = bareFixture();
  publishRound(fx, {
    capacity: { a: { p1: 20, p2: 5 }, b: { p1: 20, p2: 10 } },
    placed: [
      { at: 'a', programme: 'p1', rank: 1, count: 19 },
      { at: 'a', programme: 'p2', rank: 1, count: 1 },
      { at: 'b', programme: 'p1', rank: 1, count: 10 },
      { at: 'b', programme: 'p1', rank: 2, count: 5 },
      { at: 'b', programme: 'p2', rank: 1, count: 6 },
    ],
    unplaced: [
      { programme: 'p1', reason: 'full', count: 6 },
      { programme: 'p2', reason: 'days', count: 1 },
      { programme: 'p2', reason: 'geen-voorkeuren', count: 5 },
    ],
    withdrawn: 1,
  });
});

interface Figure {
  set: string[];
  shown: unknown;
}

/** Every figure of students in one answer, with the groups it sums (what the attacker knows it means). */
function figuresOf(
  panel: Awaited<ReturnType<typeof dashboardAs>>['placements'],
  filter: { l?: L; p?: P; org?: 'opvang' | 'school' | 'roc' },
): Figure[] {
  if (!panel?.round) throw new Error('no round');
  const locKey = (id: number) => LOCS.find((k) => fx.locations[k] === id)!;
  const progKey = (id: number) => PROGS.find((k) => fx.programmes[k] === id)!;
  const orgOfLoc = { a: 'opvang', b: 'school' } as const;
  const included = (l: L, p: P) =>
    (!filter.l || filter.l === l) &&
    (!filter.p || filter.p === p) &&
    (!filter.org || filter.org === orgOfLoc[l] || filter.org === 'roc');
  const rows = panel.fill.map((r) => locKey(r.locationId));
  const cols = panel.byProgramme.map((c) => progKey(c.programmeId));
  const out: Figure[] = [];
  // included cells left out of the table are empty: the attacker knows that too
  for (const l of LOCS)
    for (const p of PROGS)
      if (included(l, p) && !(rows.includes(l) && cols.includes(p))) out.push({ set: cell(l, p), shown: 0 });
  const cells = (ls: L[], ps: P[]) => ls.flatMap((l) => ps.filter((p) => included(l, p)).flatMap((p) => cell(l, p)));
  out.push({ set: cells(rows, cols), shown: panel.totals.placed });
  for (const r of panel.fill) {
    const l = locKey(r.locationId);
    out.push({ set: cells([l], cols), shown: r.placed });
    for (const c of r.programmes)
      if (included(l, progKey(c.programmeId))) out.push({ set: cell(l, progKey(c.programmeId)), shown: c.placed });
  }
  for (const c of panel.byProgramme) out.push({ set: cells(rows, [progKey(c.programmeId)]), shown: c.placed });
  const selected = PROGS.filter((p) => (!filter.p || filter.p === p) && (!filter.org || filter.org === 'roc'));
  const unplaced = (reasons: readonly string[]) => selected.flatMap((p) => reasons.map((r) => unplacedAtom(p, r)));
  if (panel.totals.unplaced !== null) out.push({ set: unplaced(UNPLACED_REASONS), shown: panel.totals.unplaced });
  if (panel.totals.toPlace !== null)
    out.push({ set: [...cells(rows, cols), ...unplaced(UNPLACED_REASONS)], shown: panel.totals.toPlace });
  if (panel.unplacedReasons)
    for (const reason of UNPLACED_REASONS)
      out.push({
        set: unplaced([reason]),
        shown: panel.unplacedReasons.find((r) => r.reason === reason)?.students ?? 0,
      });
  if (panel.ranks)
    for (const rank of RANKS)
      out.push({
        set: LOCS.flatMap((l) => PROGS.map((p) => placedAtom(l, p, rank))),
        shown: panel.ranks.find((r) => r.rank === rank)?.students ?? 0,
      });
  out.push({ set: ['withdrawn'], shown: panel.withdrawn });
  return out;
}

/** The regiegroep's drill-down behind "unplaced" (per reason) and "to place": counts per programme. */
async function drillFigures(
  input: Record<string, number>,
  filter: { l?: L; p?: P; org?: 'opvang' | 'school' | 'roc' },
) {
  const regie = fx.caller('regie@tel.test').regiegroep;
  const progOf = (name: string): P => (name === 'Opleiding Een' ? 'p1' : 'p2');
  const selected = (q: P) => !filter.l && (!filter.p || filter.p === q) && (!filter.org || filter.org === 'roc');
  const includedIn = (q: P) =>
    LOCS.filter(
      (l) =>
        (!filter.l || filter.l === l) &&
        (!filter.org || filter.org === 'roc' || filter.org === { a: 'opvang', b: 'school' }[l]),
    ).flatMap((l) => (!filter.p || filter.p === q ? cell(l, q) : []));
  const out: Figure[] = [];
  const add = (groups: { programmeName: string; students: unknown }[], setOf: (q: P) => string[]) => {
    for (const q of PROGS) {
      const g = groups.find((x) => progOf(x.programmeName) === q);
      out.push({ set: setOf(q), shown: g ? g.students : 0 });
    }
  };
  for (const reason of [undefined, ...UNPLACED_REASONS]) {
    const drill = await regie.drillPlacements({ ...input, outcome: 'niet-geplaatst', ...(reason ? { reason } : {}) });
    add(drill.groups, (q) =>
      selected(q) ? (reason ? [reason] : UNPLACED_REASONS).map((r) => unplacedAtom(q, r)) : [],
    );
  }
  const all = await regie.drillPlacements(input);
  add(all.groups, (q) => [...includedIn(q), ...(selected(q) ? UNPLACED_REASONS.map((r) => unplacedAtom(q, r)) : [])]);
  return out.filter((f) => f.set.length > 0);
}

const dashboardAs = (filter: Record<string, number>) => fx.caller('regie@tel.test').regiegroep.dashboard(filter);

describe('attack 1: filtered dashboards subtracted from each other and from the unfiltered one', () => {
  it('reveals no group shown as "< 5" anywhere, nor the two groups of one', async () => {
    const attacker = new LinearAttacker(ATOMS);
    const hidden: Figure[] = [];
    const views = LOCS.flatMap<L | undefined>((l) => [l]).concat(undefined);
    for (const l of views)
      for (const p of [undefined, ...PROGS])
        for (const org of [undefined, 'opvang', 'school', 'roc'] as const) {
          const input: Record<string, number> = {};
          if (l) input.locationId = fx.locations[l];
          if (p) input.programmeId = fx.programmes[p];
          if (org) input.organisationId = fx.orgs[org];
          const figures = [
            ...figuresOf((await dashboardAs(input)).placements, { l, p, org }),
            ...(await drillFigures(input, { l, p, org })),
          ];
          for (const f of figures) {
            if (typeof f.shown === 'number') attacker.learn(f.set);
            else if (f.shown === '< 5') hidden.push(f);
          }
        }
    expect(hidden.length).toBeGreaterThan(0);
    expect(attacker.knows(cell('a', 'p2')), 'the one student placed at A in programme 2').toBe(false);
    expect(attacker.knows([unplacedAtom('p2', 'days')]), 'the one student unplaced for lack of days').toBe(false);
    expect(hidden.filter((f) => attacker.knows(f.set))).toEqual([]);
    // the attacker is real: what is shown is learnt (all placed at A; the unplaced of programme 1)
    expect(attacker.knows([...cell('a', 'p1'), ...cell('a', 'p2')])).toBe(true);
    expect(attacker.knows(UNPLACED_REASONS.map((r) => unplacedAtom('p1', r)))).toBe(true);
  });

  it('the classic pair: "placed at A" minus "placed at A in programme 1" is not a number', async () => {
    const whole = (await dashboardAs({ locationId: fx.locations.a })).placements!;
    const p1 = (await dashboardAs({ locationId: fx.locations.a, programmeId: fx.programmes.p1 })).placements!;
    if (!whole.round || !p1.round) throw new Error('no round');
    expect([typeof whole.totals.placed, typeof p1.totals.placed]).not.toEqual(['number', 'number']);
  });
});

describe('attack 2: the figures the dashboard hides, read through the mentor-team procedures', () => {
  let teamId: number;
  beforeAll(async () => {
    const cohort = fx.id(
      'INSERT INTO cohort (partnership_id, name, institution_id, programme_id, school_year_id, created_at) VALUES (?, ?, ?, ?, ?, 0)',
      fx.partnershipId,
      'Klas Een',
      fx.orgs.roc,
      fx.programmes.p1,
      fx.schoolYearId,
    );
    teamId = fx.id(
      "INSERT INTO mentor_team (partnership_id, name, cohort_id, session_weekday, budget_hours_per_period, created_at) VALUES (?, 'Team Een', ?, 2, 10, 0)",
      fx.partnershipId,
      cohort,
    );
    fx.db.$client
      .prepare("INSERT INTO mentor_team_member (team_id, user_id, team_role) VALUES (?, ?, 'praktijkopleider')")
      .run(teamId, fx.users.mentor);
    fx.student(fx.programmes.p1, cohort);
    await fx.caller('mentor@tel.test').mentorTeams.raiseSignal({
      teamId,
      week: '2026-W47',
      kind: 'tekort',
      title: 'Eén student mist de kring',
      domain: 'onderzoek-innovatie',
      competence: 'creativiteit',
      studentCount: 1,
    });
  });

  it('the dashboard shows the class of one as "< 5"', async () => {
    const team = (await dashboardAs({})).mentorTeams.teams.find((t) => t.id === teamId)!;
    expect(team.classSize).toBe('< 5');
  });

  it('mentorTeams.overview: the class size is "< 5" and the figures about those few are not shown', async () => {
    const team = (await fx.caller('regie@tel.test').mentorTeams.overview()).find((t) => t.id === teamId)!;
    expect(team).toMatchObject({
      studentCount: '< 5',
      presence: null,
      reflectionsThisWeek: null,
      reflectionsTotal: null,
    });
    expect(JSON.stringify(team)).not.toMatch(/"studentCount":1\b/);
  });

  it('mentorTeams.signals: the signal\'s one student is "< 5" outside the team, 1 for its member', async () => {
    const outside = await fx.caller('regie@tel.test').mentorTeams.signals({ teamId });
    expect(outside.map((s) => s.studentCount)).toEqual(['< 5']);
    const member = await fx.caller('mentor@tel.test').mentorTeams.signals({ teamId });
    expect(member.map((s) => s.studentCount)).toEqual([1]);
    const pl = await fx.caller('pl@tel.test').mentorTeams.signals({ teamId });
    expect(pl.map((s) => s.studentCount)).toEqual(['< 5']);
  });

  it('cohorts.list: the class size is "< 5" for the regiegroep, exact for the projectleider', async () => {
    const size = async (email: string) =>
      (await fx.caller(email).cohorts.list()).find((c) => c.name === 'Klas Een')!.studentCount;
    expect(await size('regie@tel.test')).toBe('< 5');
    expect(await size('pl@tel.test')).toBe(1);
  });
});

describe('attack 3: two school years subtracted (decision 088)', () => {
  // Klas Zeven began in 2025-2026 with 9 students; 2 left the class after that year (who left is a group
  // of 2). Every student count the regiegroep gets for either year — dashboard, drill-downs, teams
  // overview, class line — is collected, and every difference between two of them tried.
  let two: TwoYearFixture;
  let teamId: number;
  beforeAll(() => {
    two = twoYearFixture();
    const klas = two.team('Zeven', 9, two.lastYearId);
    teamId = klas.id;
    const leavers = klas.students.slice(7);
    two.week(klas.id, 2025, 40, klas.students);
    two.week(klas.id, 2025, 41, klas.students, [klas.students[0]!]);
    two.signal(klas.id, 2025, 41, 2);
    for (const s of leavers) two.db.$client.prepare('UPDATE student SET cohort_id = NULL WHERE id = ?').run(s);
    two.week(klas.id, 2026, 46, klas.students.slice(0, 7));
    two.signal(klas.id, 2026, 46, 6);
  });

  /** Every student count of one year's answers, by what it counts (the same figure of the other year has the same key). */
  async function studentCounts(schoolYearId: number): Promise<Map<string, unknown>> {
    const regie = two.caller('regie@tel.test');
    const d = await regie.regiegroep.dashboard({ schoolYearId });
    const overview = await regie.mentorTeams.overview({ schoolYearId });
    const signals = await regie.regiegroep.drillSignals({ schoolYearId });
    return new Map<string, unknown>([
      ...d.mentorTeams.teams.map((t) => [`dashboard class ${t.id}`, t.classSize] as const),
      ...overview.map((t) => [`overview class ${t.id}`, t.studentCount] as const),
      ['signal students', signals.map((x) => x.students)],
    ]);
  }

  it("no difference of the two years' answers gives away the 2 who left, and no count below 5 is a number", async () => {
    const last = await studentCounts(two.lastYearId);
    const now = await studentCounts(two.thisYearId);
    const line = (await two.caller('regie@tel.test').regiegroep.classLine({ teamId })).classSize;
    const classSizes = [...last, ...now].filter(([k]) => k.includes('class')).map(([, v]) => v);
    expect(classSizes).toHaveLength(4); // the class is in both years' answers, on both pages
    // every class size, in every answer and on the line, is the class as it is: no year differs
    expect(new Set([...classSizes, line])).toEqual(new Set([7]));
    const numbers = [...classSizes, line].filter((c): c is number => typeof c === 'number');
    const differences = numbers.flatMap((a) => numbers.map((b) => a - b));
    expect(differences.filter((x) => x !== 0)).toEqual([]);
    // the signals: last year's about 2 students stays "< 5", this year's about 6 is shown
    expect(last.get('signal students')).toEqual(['< 5']);
    expect(now.get('signal students')).toEqual([6]);
  });

  it('the class line shows no count of students per year, only the class as it is', async () => {
    const line = await two.caller('regie@tel.test').regiegroep.classLine({ teamId });
    expect(line.classSize).toBe(7);
    expect(line.years.map((y) => y.label)).toEqual(['2025-2026', '2026-2027']);
    for (const y of line.years) expect(Object.keys(y).sort()).toEqual(LINE_FIGURES);
  });
});

/** The figures of a class line's year: none of them a count of students (decision 088). */
const LINE_FIGURES = [
  'hours',
  'label',
  'presenceRate',
  'schoolYearId',
  'sessionsHeld',
  'signalsClosed',
  'signalsRaised',
  'workplaceRate',
];
