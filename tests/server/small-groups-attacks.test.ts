/**
 * The two subtraction attacks of issue 13, as a regiegroep member would make them (decision 073):
 * 1. every filter of the dashboard's placements panel and of the regiegroep's drill-downs behind
 *    "unplaced" and "to place", answers lined up and subtracted (by a linear
 *    attacker that tries every combination at once) — no group shown as "< 5" can be worked out, and
 *    neither can the group of one placed at A in programme 2 nor the one unplaced for lack of days;
 * 2. the mentor-team figures the dashboard hides, read through `mentorTeams.overview`,
 *    `mentorTeams.signals` and `cohorts.list`: the same "< 5", while the team's own member keeps the count.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { UNPLACED_REASONS } from '../../shared/schemas/regiegroep';
import { bareFixture, publishRound, type BareFixture } from '../helpers/regiegroep';
import { LinearAttacker } from '../helpers/linear-attacker';

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
