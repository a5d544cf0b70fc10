/**
 * The auditor behind the cost overview's small-group rule (docs/decisions/089). Two tables of the same
 * hours (organisations × quarters, organisations × labels) are two views of one three-way table, and
 * line-by-line complementary suppression cannot see every way their figures combine. So the server
 * plays the attacker of tests/helpers/linear-attacker.ts itself: every shown figure is an equation over
 * the finest groups; while a hidden small figure lies in their span, one more figure overlapping it is
 * hidden (the smallest). Each round hides one more figure, so it ends.
 */

export interface AuditFigure {
  /** Indices of the finest groups this figure sums. */
  groups: number[];
  /** What orders the choice: the smallest figure is hidden first. */
  size: number;
  hidden: 'small' | 'shielded' | null;
}

const EPS = 1e-9;

/** Row-echelon basis of the shown figures, for span tests. */
function basisOf(figures: readonly AuditFigure[], width: number) {
  const basis: { row: Float64Array; pivot: number }[] = [];
  const reduce = (v: Float64Array) => {
    for (const { row, pivot } of basis) {
      const f = v[pivot]!;
      if (Math.abs(f) > EPS) for (let i = 0; i < width; i++) v[i]! -= f * row[i]!;
    }
    return v;
  };
  for (const f of figures) {
    if (f.hidden !== null || f.groups.length === 0) continue;
    const v = new Float64Array(width);
    for (const g of f.groups) v[g] = 1;
    reduce(v);
    const pivot = v.findIndex((x) => Math.abs(x) > EPS);
    if (pivot < 0) continue;
    const p = v[pivot]!;
    for (let i = 0; i < width; i++) v[i]! /= p;
    for (const b of basis) {
      const f2 = b.row[pivot]!;
      if (Math.abs(f2) > EPS) for (let i = 0; i < width; i++) b.row[i]! -= f2 * v[i]!;
    }
    basis.push({ row: v, pivot });
  }
  return (groups: number[]) => {
    const v = new Float64Array(width);
    for (const g of groups) v[g] = 1;
    return reduce(v).every((x) => Math.abs(x) < EPS);
  };
}

/** Hides figures (marking them 'shielded') until no small figure follows from the shown ones. */
export function auditSpan(figures: AuditFigure[], width: number): void {
  for (;;) {
    const known = basisOf(figures, width);
    const revealed = figures.find((f) => f.hidden === 'small' && f.groups.length > 0 && known(f.groups));
    if (!revealed) return;
    const touching = new Set(revealed.groups);
    const partner = figures
      .filter((f) => f.hidden === null && f.groups.some((g) => touching.has(g)))
      .sort((a, b) => a.size - b.size)[0];
    // Nothing shown touches it, yet it is known: cannot be (the span is made of shown figures).
    if (!partner) return;
    partner.hidden = 'shielded';
  }
}
