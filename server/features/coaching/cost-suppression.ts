/**
 * The "< 5" rule for tables of hours and costs (decisions 073, 085, 089). A cell is about people: it is
 * hidden when fewer than 5 people's hours are in it (1–4; none is shown as 0), and its margins count the
 * distinct people of their line. Then complementary suppression: a line (a row or a column with its total)
 * that hides exactly one of its figures (a cell or the total) hides its next smallest non-empty cell as
 * well ("x"), or, when no cell can stand beside it, its total; repeated until nothing changes. Hours and cost
 * of a cell are hidden together, so neither quantity gives the other away.
 */
import { isSmall } from '../regiegroep/public';

export interface PeopleCell {
  people: ReadonlySet<number>;
  /** What orders the partners: the smallest non-zero cell is hidden beside the small one. */
  size: number;
}

export type Hidden = 'small' | 'shielded' | null;

export interface SuppressedGrid {
  cells: Hidden[][];
  rowTotals: Hidden[];
  columnTotals: Hidden[];
  total: Hidden;
}

const union = (cells: readonly PeopleCell[]): PeopleCell => {
  const people = new Set<number>();
  for (const c of cells) for (const p of c.people) people.add(p);
  return { people, size: cells.reduce((n, c) => n + c.size, 0) };
};

/** Margins another table publishes too: hidden there, they must be hidden here (decision 089). */
export interface SharedMargins {
  rowTotals: boolean[];
  total: boolean;
}

/** Which cells and margins of a rows × columns table of people's hours must be hidden. */
export function suppressGrid(cells: readonly (readonly PeopleCell[])[], shared?: SharedMargins): SuppressedGrid {
  const rows = cells.length;
  const cols = rows ? cells[0]!.length : 0;
  const grid: PeopleCell[][] = cells.map((r) => [...r, union(r)]);
  grid.push(Array.from({ length: cols + 1 }, (_, j) => union(grid.map((r) => r[j]!))));
  const kind: Hidden[][] = grid.map((r) => r.map((c) => (isSmall(c.people.size) ? 'small' : null)));
  shared?.rowTotals.forEach((hidden, i) => {
    if (hidden) kind[i]![cols] ??= 'shielded';
  });
  if (shared?.total) kind[rows]![cols] ??= 'shielded';
  const lines: [number, number][][] = [
    ...grid.map((_, i) => Array.from({ length: cols + 1 }, (__, j) => [i, j] as [number, number])),
    ...Array.from({ length: cols + 1 }, (_, j) => grid.map((__, i) => [i, j] as [number, number])),
  ];
  const nonEmpty = ([i, j]: [number, number]) => grid[i]![j]!.people.size > 0;
  // A line is an equation "cells = total": with exactly one element hidden (a cell, or the total) it
  // gives that element away, so a second is hidden — its smallest shown non-empty cell, else the total.
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      if (line.filter(([i, j]) => kind[i]![j]).length !== 1) continue;
      const total = line[line.length - 1]!;
      const partner = line
        .slice(0, -1)
        .filter((c) => !kind[c[0]]![c[1]] && nonEmpty(c))
        .sort(([a, b], [c, d]) => grid[a]![b]!.size - grid[c]![d]!.size)[0];
      const [pi, pj] = partner ?? total;
      if (kind[pi]![pj]) continue; // the hidden one is the total of an empty line: it is 0 and tells nothing
      kind[pi]![pj] = 'shielded';
      changed = true;
    }
  }
  return {
    cells: cells.map((r, i) => r.map((_, j) => kind[i]![j]!)),
    rowTotals: cells.map((_, i) => kind[i]![cols]!),
    columnTotals: Array.from({ length: cols }, (_, j) => kind[rows]![j]!),
    total: kind[rows]![cols]!,
  };
}

/** Every cell and margin shown: the table as the projectleider and the beheerder see it. */
export function nothingHidden(rows: number, cols: number): SuppressedGrid {
  return {
    cells: Array.from({ length: rows }, () => Array.from({ length: cols }, () => null)),
    rowTotals: Array.from({ length: rows }, () => null),
    columnTotals: Array.from({ length: cols }, () => null),
    total: null,
  };
}
