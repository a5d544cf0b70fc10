/**
 * The placements panel against a hand-counted round (tests/helpers/regiegroep.ts):
 *   capacity  A: p1 10, p2 5 · B: p1 8, p2 4
 *   placed    A/p1: 6 at their 1st choice + 1 at their 2nd · A/p2: 4 (1st) · B/p1: 5 (1st) · B/p2: 0
 *   unplaced  p1 "full" 3 · p2 "days" 5 · p2 without preferences 1 · withdrawn 2 (not counted)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bareFixture, publishRound, type BareFixture } from '../helpers/regiegroep';

let fx: BareFixture;
const dash = (filter: Record<string, number> = {}) => fx.caller('regie@tel.test').regiegroep.dashboard(filter);

beforeAll(() => {
  fx = bareFixture();
  publishRound(fx, {
    capacity: { a: { p1: 10, p2: 5 }, b: { p1: 8, p2: 4 } },
    placed: [
      { at: 'a', programme: 'p1', rank: 1, count: 6 },
      { at: 'a', programme: 'p1', rank: 2, count: 1 },
      { at: 'a', programme: 'p2', rank: 1, count: 4 },
      { at: 'b', programme: 'p1', rank: 1, count: 5 },
    ],
    unplaced: [
      { programme: 'p1', reason: 'full', count: 3 },
      { programme: 'p2', reason: 'days', count: 5 },
      { programme: 'p2', reason: 'geen-voorkeuren', count: 1 },
    ],
    withdrawn: 2,
  });
});

describe('placed against to place', () => {
  it('counts 25 to place, 16 placed, 9 unplaced; withdrawn students apart, as "< 5"', async () => {
    const p = (await dash()).placements!;
    if (!p.round) throw new Error('no round');
    expect(p.round.name).toBe('Telronde');
    expect(p.totals).toEqual({ toPlace: 25, placed: 16, unplaced: 9, capacity: 27, fillRate: 59.3 });
    expect(p.withdrawn).toBe('< 5');
  });
});

describe('fill rate per TOP-locatie and programme', () => {
  it('shows 5 as 5 and 0 as 0, hides 4 as "< 5" and the 7 beside it as "x" (its row total is shown)', async () => {
    const p = (await dash()).placements!;
    if (!p.round) throw new Error('no round');
    const [a, b] = p.fill;
    expect(a).toMatchObject({ name: 'Locatie A', capacity: 15, placed: 11, fillRate: 73.3 });
    expect(a!.programmes.map((c) => [c.name, c.capacity, c.placed, c.fillRate])).toEqual([
      ['Opleiding Een', 10, 'x', null],
      ['Opleiding Twee', 5, '< 5', null],
    ]);
    expect(b).toMatchObject({ name: 'Locatie B', capacity: 12, placed: 5, fillRate: 41.7 });
    expect(b!.programmes.map((c) => [c.placed, c.fillRate])).toEqual([
      [5, 62.5],
      [0, 0],
    ]);
    // Per programme: 12 and 4; the 4 is small, so the 12 beside it (their total, 16, is shown) is hidden too.
    expect(p.byProgramme.map((c) => [c.name, c.capacity, c.placed, c.fillRate])).toEqual([
      ['Opleiding Een', 18, 'x', null],
      ['Opleiding Twee', 9, '< 5', null],
    ]);
  });
});

describe('unplaced and why, and ranks', () => {
  // Protected as programme × reason (decision 073): p2's "days" 5 stands beside its 1 without preferences,
  // and nothing else in the "days" column can stand beside it, so that column's total is hidden too.
  it('counts unplaced by the reason at the first choice: 3 and 1 as "< 5", the 5 beside them as "x"', async () => {
    const p = (await dash()).placements!;
    if (!p.round) throw new Error('no round');
    expect(p.unplacedReasons).toEqual([
      { reason: 'days', students: 'x' },
      { reason: 'full', students: '< 5' },
      { reason: 'geen-voorkeuren', students: '< 5' },
    ]);
  });

  it('counts 15 at their first choice and 1 at their second: the 1 is "< 5", so the 15 is "x"', async () => {
    const p = (await dash()).placements!;
    if (!p.round) throw new Error('no round');
    expect(p.ranks).toEqual([
      { rank: 1, students: 'x' },
      { rank: 2, students: '< 5' },
    ]);
  });
});

describe('filters', () => {
  // Its 6 unplaced would give p1's 3 away beside the unfiltered 9: "x" (decision 073).
  it('by programme: only its cells; placed 4 is "< 5", unplaced 6 and to place are "x"; the 1 hides the 5', async () => {
    const p = (await dash({ programmeId: fx.programmes.p2 })).placements!;
    if (!p.round) throw new Error('no round');
    expect(p.totals).toMatchObject({ placed: '< 5', unplaced: 'x', toPlace: 'x' });
    expect(p.unplacedReasons).toEqual([
      { reason: 'days', students: 'x' },
      { reason: 'geen-voorkeuren', students: '< 5' },
    ]);
  });

  it('by TOP-locatie: students placed there; to place and unplaced do not apply', async () => {
    const p = (await dash({ locationId: fx.locations.b })).placements!;
    if (!p.round) throw new Error('no round');
    expect(p.totals).toMatchObject({ placed: 5, toPlace: null, unplaced: null });
    expect(p.fill.map((l) => l.name)).toEqual(['Locatie B']);
    expect(p.unplacedReasons).toBeNull();
  });

  it('by organisation: the school board has location B only (its placed students), the roc all programmes', async () => {
    const school = (await dash({ organisationId: fx.orgs.school })).placements!;
    if (!school.round) throw new Error('no round');
    expect(school.fill.map((l) => [l.name, l.placed])).toEqual([['Locatie B', 5]]);
    const roc = (await dash({ organisationId: fx.orgs.roc })).placements!;
    if (!roc.round) throw new Error('no round');
    expect(roc.totals.placed).toBe(16);
  });

  it('a filter that selects nothing gives an empty state, not an error', async () => {
    const other = fx.id(
      "INSERT INTO programme (partnership_id, institution_id, code, name, nlqf_level, route, days_per_week, created_at) VALUES (?, ?, 'leeg', 'Lege opleiding', 4, 'bol', 2, 0)",
      fx.partnershipId,
      fx.orgs.roc,
    );
    const empty = await dash({ programmeId: other });
    expect(empty.scope.empty).toBe(false);
    expect(empty.placements!.round && empty.placements!.totals).toMatchObject({ toPlace: 0, placed: 0, unplaced: 0 });
    const nothing = await dash({ programmeId: 999_999 });
    expect(nothing.scope.empty).toBe(true);
    expect(nothing.placements).toEqual({ round: null });
    expect(nothing.mentorTeams.teams).toEqual([]);
    expect(nothing.knowledge).toBeNull();
  });
});
