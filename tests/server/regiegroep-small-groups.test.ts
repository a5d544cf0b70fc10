/** The "< 5" rule in the aggregation layer, by itself: primary at 4/5/0, secondary in breakdowns and cross-tables. */
import { describe, expect, it } from 'vitest';
import { shownBreakdown, shownCount, shownCrossTab, shownRate } from '../../server/features/regiegroep/small-groups';

describe('one count of students', () => {
  it.each([
    [0, 0],
    [1, '< 5'],
    [4, '< 5'],
    [5, 5],
    [62, 62],
  ])('%i is shown as %s', (n, shown) => {
    expect(shownCount(n)).toBe(shown);
  });

  it('a rate over fewer than 5 students is not shown; over 5 or more it is', () => {
    expect(shownRate(3, 4, 4)).toBeNull();
    expect(shownRate(4, 5, 5)).toBe(80);
    expect(shownRate(0, 0, 25)).toBeNull();
  });
});

describe('a breakdown beside its total', () => {
  it('hides the next smallest cell when one small cell could be worked out by subtraction ("x", not "< 5")', () => {
    expect(shownBreakdown([15, 1, 0])).toEqual(['x', '< 5', 0]);
    expect(shownBreakdown([20, 7, 3])).toEqual([20, 'x', '< 5']);
  });

  it('leaves two small cells as they are (only their sum can be worked out) and hides nothing without small cells', () => {
    expect(shownBreakdown([5, 3, 1])).toEqual([5, '< 5', '< 5']);
    expect(shownBreakdown([5, 6, 0])).toEqual([5, 6, 0]);
  });

  it('hides no partner when the total is not shown', () => {
    expect(shownBreakdown([15, 1], false)).toEqual([15, '< 5']);
  });
});

describe('a cross-table with its margins', () => {
  it('protects every row and column, margins included (hand-worked)', () => {
    // rows A [7, 4], B [5, 0]: A/p2 is small; row A hides 7 with it; the column totals [12, 4] hide 12 with 4.
    const t = shownCrossTab([
      [7, 4],
      [5, 0],
    ]);
    expect(t.cells).toEqual([
      ['x', '< 5'],
      [5, 0],
    ]);
    expect(t.rowTotals).toEqual([11, 5]);
    expect(t.columnTotals).toEqual(['x', '< 5']);
    expect(t.total).toBe(16);
  });

  it('shows everything when no group is small', () => {
    expect(
      shownCrossTab([
        [5, 6],
        [0, 9],
      ]),
    ).toEqual({
      cells: [
        [5, 6],
        [0, 9],
      ],
      rowTotals: [11, 9],
      columnTotals: [5, 15],
      total: 20,
    });
  });

  it('never leaves exactly one hidden cell in a line whose total is shown', () => {
    const grid = [
      [9, 2, 14, 0],
      [6, 8, 1, 11],
      [0, 7, 5, 3],
    ];
    const t = shownCrossTab(grid);
    const hidden = (v: unknown) => typeof v !== 'number';
    t.cells.forEach((row, i) => {
      if (!hidden(t.rowTotals[i])) expect(row.filter(hidden).length).not.toBe(1);
    });
    t.columnTotals.forEach((total, j) => {
      if (!hidden(total)) expect(t.cells.map((r) => r[j]).filter(hidden).length).not.toBe(1);
    });
    expect(t.cells.flat().filter((v) => v === '< 5')).toHaveLength(3);
  });
});
