/**
 * A table of hours and cost (rows × columns, with margins) built from parts of cost, and shown by the
 * small-group rule or in full (docs/decisions/089). No database here: parts in, figures out.
 */
import { SHIELDED, SUPPRESSED } from '../../../shared/domain/regiegroep';
import type { CostPart } from './cost-lines';
import { nothingHidden, suppressGrid, type Hidden, type PeopleCell } from './cost-suppression';

export interface ShownFigure {
  hours: number | null;
  costCents: number | null;
  /** Why the figure is not shown: fewer than 5 people ("< 5"), or hidden beside such a figure ("x"). */
  hidden: typeof SUPPRESSED | typeof SHIELDED | null;
}

interface Sum {
  people: Set<number>;
  minutes: number;
  cents: number;
}

export const toHours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

const empty = (): Sum => ({ people: new Set(), minutes: 0, cents: 0 });
const add = (into: Sum, part: { people: Iterable<number>; minutes: number; cents: number }) => {
  for (const p of part.people) into.people.add(p);
  into.minutes += part.minutes;
  into.cents += part.cents;
};

function shown(sum: Sum, hidden: Hidden): ShownFigure {
  if (hidden === null) return { hours: toHours(sum.minutes), costCents: sum.cents, hidden: null };
  return { hours: null, costCents: null, hidden: hidden === 'small' ? SUPPRESSED : SHIELDED };
}

/**
 * Sums parts into rows × columns (`row`/`column` give a part's index, or -1 to leave it out) and shows
 * every cell, row total, column total and the grand total — hidden by the rule unless `exact`.
 */
export function costTable(
  parts: readonly CostPart[],
  rowCount: number,
  columnCount: number,
  row: (p: CostPart) => number,
  column: (p: CostPart) => number,
  exact: boolean,
) {
  const cells = Array.from({ length: rowCount }, () => Array.from({ length: columnCount }, empty));
  for (const p of parts) {
    const i = row(p);
    const j = column(p);
    if (i >= 0 && j >= 0) add(cells[i]![j]!, p);
  }
  const rowSums = cells.map((r) => r.reduce((s, c) => (add(s, c), s), empty()));
  const columnSums = Array.from({ length: columnCount }, (_, j) => cells.reduce((s, r) => (add(s, r[j]!), s), empty()));
  const total = rowSums.reduce((s, r) => (add(s, r), s), empty());
  const peopleCells: PeopleCell[][] = cells.map((r) => r.map((c) => ({ people: c.people, size: c.minutes })));
  const hide = exact ? nothingHidden(rowCount, columnCount) : suppressGrid(peopleCells);
  return {
    cells: cells.map((r, i) => r.map((c, j) => shown(c, hide.cells[i]![j]!))),
    rowTotals: rowSums.map((s, i) => shown(s, hide.rowTotals[i]!)),
    columnTotals: columnSums.map((s, j) => shown(s, hide.columnTotals[j]!)),
    total: shown(total, hide.total),
  };
}
