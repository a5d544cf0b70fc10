// The same placement problem as a linear program for HiGHS, built independently of the engine's
// network code (only the eligibility rule is shared): x[s,l] per allowed pair, y[l,p,w] per programme
// and werkbegeleider, rows for every capacity. The constraint matrix is a network matrix, so the LP
// has integral vertices; "mip" declares x binary anyway.
//   weighted:  min Σ (rank² − W)·x with W larger than any augmenting path's rank cost (see 010 note)
//   two-phase: max Σ x, then min Σ rank²·x subject to Σ x ≥ that maximum
import type { Highs, ModelData } from 'highs';
import { dayMask, ineligibility, locationFacts } from '../../server/features/placements/engine/eligibility';
import type { Round } from '../../server/features/placements/engine/types';

export type HighsVariant = 'ipm' | 'simplex' | 'two-phase' | 'mip';

export interface HighsOutcome {
  placed: number;
  rankCost: number;
  status: string;
  solveMs: number;
}

interface Lp {
  numCols: number;
  rowLower: number[];
  rowUpper: number[];
  /** CSC columns */
  cols: { rows: number[]; vals: number[] }[];
  /** per x column: rank (0 for y columns and pinned students) */
  rank: number[];
  isX: boolean[];
  pinned: boolean[];
}

function buildLp(round: Round): Lp {
  const lp: Lp = { numCols: 0, rowLower: [], rowUpper: [], cols: [], rank: [], isX: [], pinned: [] };
  const row = (lo: number, hi: number): number => {
    lp.rowLower.push(lo);
    lp.rowUpper.push(hi);
    return lp.rowLower.length - 1;
  };
  const col = (rank: number, isX: boolean, pinned: boolean): { rows: number[]; vals: number[] } => {
    const c = { rows: [] as number[], vals: [] as number[] };
    lp.cols.push(c);
    lp.rank.push(rank);
    lp.isX.push(isX);
    lp.pinned.push(pinned);
    lp.numCols++;
    return c;
  };
  const fixedBy = new Map(round.fixed.map((f) => [f.student, f]));
  const locIdx = new Map(round.locations.map((l, i) => [l.id, i]));
  // capacities left after fixed placements with a named supervisor (or none needed)
  const left = round.locations.map((l) => ({
    total: l.capacity,
    prog: new Map(Object.entries(l.programmeCapacity)),
    sup: new Map((l.supervisors ?? []).map((w) => [w.id, w.capacity])),
  }));
  for (const s of round.students) {
    const f = fixedBy.get(s.id);
    if (!f) continue;
    const li = locIdx.get(f.location)!;
    const supervised = (round.locations[li]!.supervisors?.length ?? 0) > 0;
    if (supervised && !f.supervisor) continue;
    const c = left[li]!;
    c.total--;
    c.prog.set(s.programme, c.prog.get(s.programme)! - 1);
    if (f.supervisor) c.sup.set(f.supervisor, c.sup.get(f.supervisor)! - 1);
  }
  // rows per location: total, per programme entry (balance row when supervised), programme cap, supervisors
  const locRows = round.locations.map((l, li) => {
    const total = row(-Infinity, left[li]!.total);
    const supervised = (l.supervisors?.length ?? 0) > 0;
    const prog = new Map<string, { cap: number; balance: number }>();
    for (const p of Object.keys(l.programmeCapacity)) {
      prog.set(p, { cap: row(-Infinity, left[li]!.prog.get(p)!), balance: supervised ? row(0, 0) : -1 });
    }
    const sup = (l.supervisors ?? []).map((w) => row(-Infinity, left[li]!.sup.get(w.id)!));
    return { total, prog, sup };
  });
  // y columns: programme → supervisor flow
  round.locations.forEach((l, li) => {
    (l.supervisors ?? []).forEach((w, wi) => {
      for (const p of w.programmes) {
        const pr = locRows[li]!.prog.get(p);
        if (!pr) continue;
        const c = col(0, false, false);
        c.rows.push(pr.balance, locRows[li]!.sup[wi]!);
        c.vals.push(-1, 1);
      }
    });
  });
  // x columns
  const facts = round.locations.map(locationFacts);
  for (const s of round.students) {
    const f = fixedBy.get(s.id);
    const pairs: { li: number; rank: number }[] = [];
    if (f) {
      const li = locIdx.get(f.location)!;
      if ((round.locations[li]!.supervisors?.length ?? 0) > 0 && !f.supervisor) pairs.push({ li, rank: 0 });
    } else {
      const mask = dayMask(s.availableDays);
      s.preferences.forEach((lid, k) => {
        const li = locIdx.get(lid)!;
        if (ineligibility(s, round.locations[li]!, facts[li]!, mask) === null) pairs.push({ li, rank: k + 1 });
      });
    }
    if (pairs.length === 0) continue;
    const pinned = !!f;
    const sRow = row(pinned ? 1 : -Infinity, 1);
    for (const { li, rank } of pairs) {
      const lr = locRows[li]!;
      const pr = lr.prog.get(s.programme)!;
      const c = col(rank, true, pinned);
      const entries: [number, number][] = [
        [sRow, 1],
        [lr.total, 1],
        [pr.cap, 1],
      ];
      if (pr.balance >= 0) entries.push([pr.balance, 1]);
      entries.sort((a, b) => a[0] - b[0]);
      for (const [r, v] of entries) {
        c.rows.push(r);
        c.vals.push(v);
      }
    }
  }
  return lp;
}

function modelData(lp: Lp, cost: Float64Array, integral: boolean, extraRow?: { lower: number }): ModelData {
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const numRows = lp.rowLower.length + (extraRow ? 1 : 0);
  for (let j = 0; j < lp.numCols; j++) {
    const c = lp.cols[j]!;
    indices.push(...c.rows);
    values.push(...c.vals);
    if (extraRow && lp.isX[j] && !lp.pinned[j]) {
      indices.push(numRows - 1);
      values.push(1);
    }
    starts.push(indices.length);
  }
  const rowLower = [...lp.rowLower];
  const rowUpper = [...lp.rowUpper];
  if (extraRow) {
    rowLower.push(extraRow.lower);
    rowUpper.push(Infinity);
  }
  const data: ModelData = {
    numCols: lp.numCols,
    numRows,
    colCost: cost,
    colLower: new Float64Array(lp.numCols),
    colUpper: Float64Array.from(lp.isX.map((x) => (x ? 1 : Infinity))),
    rowLower: Float64Array.from(rowLower),
    rowUpper: Float64Array.from(rowUpper),
    matrix: {
      format: 'csc',
      numRows,
      numCols: lp.numCols,
      starts: Int32Array.from(starts),
      indices: Int32Array.from(indices),
      values: Float64Array.from(values),
    },
  };
  return integral ? { ...data, integrality: Int32Array.from(lp.isX.map((x) => (x ? 1 : 0))) } : data;
}

function run(
  highs: Highs,
  data: ModelData,
  options: Record<string, string | number | boolean>,
): { x: Float64Array; status: number } {
  using model = highs.createModel(data);
  model.options.set({ output_flag: false, ...options });
  model.run();
  return { x: model.getSolution().colValue, status: model.getModelStatus() };
}

/** Solves a round with HiGHS in the given configuration and reports placed / rank cost. */
export function solveWithHighs(highs: Highs, round: Round, variant: HighsVariant): HighsOutcome {
  const t0 = performance.now();
  const lp = buildLp(round);
  const maxCost = Math.max(1, ...round.students.map((s) => s.preferences.length ** 2));
  // an augmenting path enters each (location, programme) entry at most once: see the 010 note
  const entryCount = round.locations.reduce((n, l) => n + Object.keys(l.programmeCapacity).length, 0);
  const weight = maxCost * (Math.min(entryCount, round.students.length) + 1) + 1;
  const xs = lp.isX.map((x, j) => x && !lp.pinned[j]);
  let result: { x: Float64Array; status: number };
  if (variant === 'two-phase') {
    const phase1 = Float64Array.from(xs.map((x) => (x ? -1 : 0)));
    const first = run(highs, modelData(lp, phase1, false), { solver: 'simplex' });
    let placed = 0;
    first.x.forEach((v, j) => (xs[j] ? (placed += v) : 0));
    const phase2 = Float64Array.from(lp.rank.map((r, j) => (xs[j] ? r * r : 0)));
    result = run(highs, modelData(lp, phase2, false, { lower: Math.round(placed) }), { solver: 'simplex' });
  } else {
    const cost = Float64Array.from(lp.rank.map((r, j) => (xs[j] ? r * r - weight : 0)));
    const options: Record<string, string | number | boolean> =
      variant === 'ipm'
        ? { solver: 'ipm', run_crossover: 'on' }
        : variant === 'simplex'
          ? { solver: 'simplex' }
          : { mip_rel_gap: 0 };
    result = run(highs, modelData(lp, cost, variant === 'mip'), options);
  }
  let placed = 0;
  let rankCost = 0;
  result.x.forEach((v, j) => {
    if (!xs[j]) return;
    if (Math.abs(v - Math.round(v)) > 1e-6) throw new Error(`HiGHS returned a fractional value ${v}`);
    if (v > 0.5) {
      placed++;
      rankCost += lp.rank[j]! * lp.rank[j]!;
    }
  });
  return { placed, rankCost, status: String(result.status), solveMs: performance.now() - t0 };
}
