/**
 * A table of hours and cost (rows × columns, with margins) built from parts of cost (or their sums), and shown by the
 * small-group rule or in full (docs/decisions/089). No database here: parts in, figures out.
 */
import { SHIELDED, SUPPRESSED } from '../../../shared/domain/regiegroep';
import { QUARTERS } from '../../../shared/domain/coaching-costs';
import type { CostSum } from './cost-lines';
import {
  nothingHidden,
  suppressGrid,
  type Hidden,
  type PeopleCell,
  type SharedMargins,
  type SuppressedGrid,
} from './cost-suppression';
import { auditSpan, type AuditFigure } from './span-audit';

export interface ShownFigure {
  hours: number | null;
  costCents: number | null;
  /** Why the figure is not shown: fewer than 5 people ("< 5"), or hidden beside such a figure ("x"). */
  hidden: typeof SUPPRESSED | typeof SHIELDED | null;
}

export interface Sum {
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

/** Sums parts into rows × columns (`row`/`column` give a part's index, or -1 to leave it out). */
export function sumTable(
  parts: readonly CostSum[],
  rowCount: number,
  columnCount: number,
  row: (p: CostSum) => number,
  column: (p: CostSum) => number,
): Sum[][] {
  const cells = Array.from({ length: rowCount }, () => Array.from({ length: columnCount }, empty));
  for (const p of parts) {
    const i = row(p);
    const j = column(p);
    if (i >= 0 && j >= 0) add(cells[i]![j]!, p);
  }
  return cells;
}

export const peopleOf = (cells: Sum[][]): PeopleCell[][] =>
  cells.map((r) => r.map((c) => ({ people: c.people, size: c.minutes })));

/**
 * Shows every cell, row total, column total and the grand total of a summed table — hidden by the
 * rule unless `exact`; `hide` when the caller worked out what to hide itself.
 */
export function costTable(cells: Sum[][], exact: boolean, hide?: SuppressedGrid) {
  const rowCount = cells.length;
  const columnCount = rowCount ? cells[0]!.length : 0;
  const rowSums = cells.map((r) => r.reduce((s, c) => (add(s, c), s), empty()));
  const columnSums = Array.from({ length: columnCount }, (_, j) => cells.reduce((s, r) => (add(s, r[j]!), s), empty()));
  const total = rowSums.reduce((s, r) => (add(s, r), s), empty());
  const hidden = exact ? nothingHidden(rowCount, columnCount) : (hide ?? suppressGrid(peopleOf(cells)));
  return {
    cells: cells.map((r, i) => r.map((c, j) => shown(c, hidden.cells[i]![j]!))),
    rowTotals: rowSums.map((s, i) => shown(s, hidden.rowTotals[i]!)),
    columnTotals: columnSums.map((s, j) => shown(s, hidden.columnTotals[j]!)),
    total: shown(total, hidden.total),
  };
}

/**
 * Two tables that share their row totals and grand total (organisations × quarters, organisations ×
 * labels: both sum the same hours of an organisation) are protected together: a shared margin hidden in
 * one is hidden in the other, repeated until neither changes.
 */
export function protectTogether(a: Sum[][], b: Sum[][]): SharedMargins {
  const shared: SharedMargins = { rowTotals: a.map(() => false), total: false };
  for (;;) {
    const one = suppressGrid(peopleOf(a), shared);
    const two = suppressGrid(peopleOf(b), shared);
    const next = {
      rowTotals: shared.rowTotals.map((_, i) => one.rowTotals[i] !== null || two.rowTotals[i] !== null),
      total: one.total !== null || two.total !== null,
    };
    if (next.total === shared.total && next.rowTotals.every((h, i) => h === shared.rowTotals[i])) return shared;
    Object.assign(shared, next);
  }
}

/**
 * The overview's two tables: organisations × quarters, and organisations × labels with mentor teams'
 * hours as the last column (so both sum the same hours per organisation). For the regiegroep they are
 * protected together: line by line, shared margins alike, then audited against every combination of
 * the figures of both (span-audit.ts).
 */
export function overviewTables(parts: readonly CostSum[], orgIds: number[], labelIds: number[], exact: boolean) {
  const rowOf = new Map(orgIds.map((id, i) => [id, i]));
  const columnOf = new Map(labelIds.map((id, j) => [id, j]));
  const row = (p: CostSum) => rowOf.get(p.organisationId) ?? -1;
  const labelColumn = (p: CostSum) => (p.labelId === null ? labelIds.length : (columnOf.get(p.labelId) ?? -1));
  const quarterSums = sumTable(parts, orgIds.length, QUARTERS.length, row, (p) => p.quarter - 1);
  const labelSums = sumTable(parts, orgIds.length, labelIds.length + 1, row, labelColumn);
  if (exact) return { quarters: costTable(quarterSums, true), byLabel: costTable(labelSums, true) };
  const shared = protectTogether(quarterSums, labelSums);
  const masks = [suppressGrid(peopleOf(quarterSums), shared), suppressGrid(peopleOf(labelSums), shared)] as const;
  // The finest groups: organisation × quarter × label (or mentor teams).
  const groupOf = new Map<string, number>();
  for (const p of parts) {
    const key = `${row(p)}:${p.quarter - 1}:${labelColumn(p)}`;
    if (row(p) >= 0 && labelColumn(p) >= 0 && !groupOf.has(key)) groupOf.set(key, groupOf.size);
  }
  const groups = (i: number | null, q: number | null, l: number | null) =>
    [...groupOf.entries()]
      .filter(([key]) => {
        const [gi, gq, gl] = key.split(':').map(Number);
        return (i === null || gi === i) && (q === null || gq === q) && (l === null || gl === l);
      })
      .map(([, g]) => g);
  const figures: { figure: AuditFigure; set: (h: Hidden) => void }[] = [];
  const add = (ids: number[], sum: Sum, get: () => Hidden, set: (h: Hidden) => void) =>
    figures.push({ figure: { groups: ids, size: sum.minutes, hidden: get() }, set });
  masks.forEach((mask, t) => {
    const sums = t === 0 ? quarterSums : labelSums;
    const at = (i: number | null, j: number | null) => (t === 0 ? groups(i, j, null) : groups(i, null, j));
    sums.forEach((r, i) =>
      r.forEach((c, j) =>
        add(
          at(i, j),
          c,
          () => mask.cells[i]![j]!,
          (h) => (mask.cells[i]![j] = h),
        ),
      ),
    );
    sums.forEach((r, i) =>
      add(
        at(i, null),
        sumOf(r),
        () => mask.rowTotals[i]!,
        (h) => (mask.rowTotals[i] = h),
      ),
    );
    (sums[0] ?? []).forEach((_, j) =>
      add(
        at(null, j),
        sumOf(sums.map((r) => r[j]!)),
        () => mask.columnTotals[j]!,
        (h) => (mask.columnTotals[j] = h),
      ),
    );
    add(
      at(null, null),
      sumOf(sums.flat()),
      () => mask.total,
      (h) => (mask.total = h),
    );
  });
  auditSpan(
    figures.map((f) => f.figure),
    groupOf.size,
  );
  for (const f of figures) f.set(f.figure.hidden);
  return { quarters: costTable(quarterSums, false, masks[0]), byLabel: costTable(labelSums, false, masks[1]) };
}

const sumOf = (cells: readonly Sum[]): Sum => cells.reduce((s, c) => (add(s, c), s), empty());
