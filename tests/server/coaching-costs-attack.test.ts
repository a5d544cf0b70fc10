/**
 * The subtraction attack on the cost overview (decisions 073, 089): every figure the regiegroep sees as a
 * number — in the quarter table and in the label table, cells and totals — is an equation over the finest
 * groups (organisation × quarter × label, mentor teams as a label). No figure shown "< 5" may lie in
 * their span. The same attacker does break a table protected by the primary rule alone.
 */
import { describe, expect, it } from 'vitest';
import { LinearAttacker } from '../helpers/linear-attacker';
import { overviewTables } from '../../server/features/coaching/cost-table';
import { costParts, type CostPart } from '../../server/features/coaching/cost-lines';
import { isSmall } from '../../server/features/regiegroep/public';
import { callerFor } from '../helpers/demo';
import { testServer } from '../helpers/server';

const MENTOR = -1;
const atomOf = (p: CostPart) => `${p.organisationId}:${p.quarter}:${p.labelId ?? MENTOR}`;

interface Figure {
  hours: number | null;
  hidden: string | null;
}

/** What the attacker learns from an overview, and which groups a "< 5" figure stands for. */
function attack(parts: CostPart[], orgIds: number[], labelIds: number[], view: ReturnType<typeof overviewTables>) {
  const atoms = [...new Set(parts.filter((p) => p.minutes > 0).map(atomOf))];
  const attacker = new LinearAttacker(atoms);
  const labelsOrMentor = [...labelIds, MENTOR];
  const groups = (org: number | null, q: number | null, label: number | null) =>
    atoms.filter((a) => {
      const [o, qq, l] = a.split(':').map(Number);
      return (org === null || o === org) && (q === null || qq === q) && (label === null || l === label);
    });
  const figures: [Figure, string[]][] = [];
  orgIds.forEach((org, i) => {
    [1, 2, 3, 4].forEach((q, j) => figures.push([view.quarters.cells[i]![j]!, groups(org, q, null)]));
    figures.push([view.quarters.rowTotals[i]!, groups(org, null, null)]);
    labelsOrMentor.forEach((l, j) => figures.push([view.byLabel.cells[i]![j]!, groups(org, null, l)]));
    figures.push([view.byLabel.rowTotals[i]!, groups(org, null, null)]);
  });
  [1, 2, 3, 4].forEach((q, j) => figures.push([view.quarters.columnTotals[j]!, groups(null, q, null)]));
  labelsOrMentor.forEach((l, j) => figures.push([view.byLabel.columnTotals[j]!, groups(null, null, l)]));
  figures.push([view.quarters.total, groups(null, null, null)], [view.byLabel.total, groups(null, null, null)]);
  for (const [f, set] of figures) if (f.hidden === null && set.length) attacker.learn(set);
  const small = figures.filter(([f, set]) => f.hidden === '< 5' && set.length);
  return {
    small,
    revealed: small.filter(([, set]) => attacker.knows(set)),
    learnt: figures.filter(([f]) => f.hidden === null),
  };
}

/** A deterministic pseudo-random sequence (mulberry32), so a failing case can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Coaches at 3–4 organisations (some with many, some with few), each on a few labels in a few quarters, and a mentor team. */
function scenario(seed: number) {
  const r = random(seed);
  const orgIds = [1, 2, 3, 4].slice(0, 3 + Math.floor(r() * 2));
  const labelIds = [10, 11, 12];
  const parts: CostPart[] = [];
  let person = 100;
  for (const org of orgIds) {
    const people = Math.floor(r() * 9);
    for (let k = 0; k < people; k++, person++)
      for (const q of [1, 2, 3, 4])
        for (const label of labelIds)
          if (r() < 0.5)
            parts.push({
              organisationId: org,
              isoYear: 2026,
              isoWeek: q * 13 - 6,
              quarter: q,
              people: [person],
              minutes: 30 + Math.floor(r() * 600),
              cents: 0,
              unpricedMinutes: 0,
              labelId: label,
            });
  }
  // A mentor team of three, shared by two organisations.
  for (const q of [1, 2, 3, 4])
    for (const org of orgIds.slice(0, 2))
      if (r() < 0.6)
        parts.push({
          organisationId: org,
          isoYear: 2026,
          isoWeek: q * 13 - 6,
          quarter: q,
          people: [1, 2, 3],
          minutes: 60 + Math.floor(r() * 300),
          cents: 0,
          unpricedMinutes: 0,
          labelId: null,
        });
  return { parts, orgIds, labelIds };
}

describe('the subtraction attack on the cost overview', () => {
  it('works out no "< 5" figure in 300 random overviews', () => {
    let smallSeen = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const { parts, orgIds, labelIds } = scenario(seed);
      const result = attack(parts, orgIds, labelIds, overviewTables(parts, orgIds, labelIds, false));
      smallSeen += result.small.length;
      expect(
        result.revealed.map(([, set]) => set.join(',')),
        `seed ${seed}`,
      ).toEqual([]);
    }
    expect(smallSeen).toBeGreaterThan(300);
  });

  it('does break the same overviews protected by the primary rule alone (the test can fail)', () => {
    let revealed = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const { parts, orgIds, labelIds } = scenario(seed);
      const exact = overviewTables(parts, orgIds, labelIds, true);
      // Hide exactly the figures of fewer than 5 people, nothing beside them.
      const view = overviewTables(parts, orgIds, labelIds, false);
      const primaryOnly = <T extends Figure>(shown: T, full: T): T =>
        shown.hidden === '< 5' ? shown : { ...full, hidden: null };
      const naive = {
        quarters: {
          ...exact.quarters,
          cells: exact.quarters.cells.map((r, i) => r.map((c, j) => primaryOnly(view.quarters.cells[i]![j]!, c))),
          rowTotals: exact.quarters.rowTotals.map((c, i) => primaryOnly(view.quarters.rowTotals[i]!, c)),
          columnTotals: exact.quarters.columnTotals.map((c, j) => primaryOnly(view.quarters.columnTotals[j]!, c)),
          total: primaryOnly(view.quarters.total, exact.quarters.total),
        },
        byLabel: {
          ...exact.byLabel,
          cells: exact.byLabel.cells.map((r, i) => r.map((c, j) => primaryOnly(view.byLabel.cells[i]![j]!, c))),
          rowTotals: exact.byLabel.rowTotals.map((c, i) => primaryOnly(view.byLabel.rowTotals[i]!, c)),
          columnTotals: exact.byLabel.columnTotals.map((c, j) => primaryOnly(view.byLabel.columnTotals[j]!, c)),
          total: primaryOnly(view.byLabel.total, exact.byLabel.total),
        },
      };
      revealed += attack(parts, orgIds, labelIds, naive).revealed.length;
    }
    expect(revealed).toBeGreaterThan(0);
  });

  it('works out none of the regiegroep’s "< 5" figures in the demo, and learns the figures it is shown', async () => {
    const s = await testServer();
    const { partnershipId } = s.region.eindhoven;
    const view = await callerFor(s, 'regiegroep@eindhoven.demo').coaching.costs({ year: 2026 });
    const parts = costParts(s.db, partnershipId, [2026]);
    const orgIds = view.organisations.map((o) => o.id);
    const labelIds = view.labels.map((l) => l.id);
    const result = attack(parts, orgIds, labelIds, view as unknown as ReturnType<typeof overviewTables>);
    expect(result.small.length).toBeGreaterThan(3);
    expect(result.revealed).toEqual([]);
    expect(result.learnt.length).toBeGreaterThan(5);
    // Every "< 5" cell truly holds fewer than 5 people, and every shown cell 0 or at least 5.
    view.quarters.cells.forEach((row, i) =>
      row.forEach((c, j) => {
        const people = new Set(
          parts.filter((p) => p.organisationId === orgIds[i] && p.quarter === j + 1).flatMap((p) => p.people),
        );
        expect(c.hidden === '< 5').toBe(isSmall(people.size));
      }),
    );
  });
});
