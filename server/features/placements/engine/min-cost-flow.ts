// Exact min-cost maximum flow for placement networks: first a maximum flow (as many students placed
// as possible), then the cheapest among all maximum flows, by Gabow-style bit scaling of the costs
// with a primal-dual (successive shortest paths) repair inside each bit phase.
//
// Why this shape (docs/decisions/010-matching-engine.md has the proofs and the figures):
//  - Any two maximum flows differ by a circulation in the residual network of the first, and a flow is
//    the cheapest of its value iff its residual network has no negative cycle. So we find one maximum
//    flow, then only ever move flow along excess→deficit paths that keep the flow value: no big-M.
//  - Plain successive shortest paths needs one Dijkstra per distinct path length (~240 on a 10,000
//    student round: the slow tail). With bit scaling the costs grow one bit per phase; doubling the
//    potentials of an optimal phase leaves only arcs at reduced cost 1 to fix, so each phase needs a
//    handful of short Dijkstra rounds and paths of length 0, 1, 2.
import { FlowNetwork, SINK, SOURCE } from './flow-network';
import { augmentRound } from './flow-augment';
import { shortestPathRound, type SearchState, createSearchState } from './flow-search';

const BIG_EXCESS = 1 << 30;

export interface FlowStats {
  rounds: number;
  phases: number;
  /** per phase (0 = maximum flow): rounds and milliseconds, for the benchmark */
  trace: { rounds: number; ms: number; excess: number }[];
}

/** Places students greedily, best rank first, wherever the right network still has a free route. */
function greedyStart(net: FlowNetwork): void {
  const { n, sStart, pinned } = net;
  let maxDeg = 0;
  for (let s = 0; s < n; s++) maxDeg = Math.max(maxDeg, sStart[s + 1]! - sStart[s]!);
  for (let s = 0; s < n; s++) if (pinned[s]) tryPlace(net, s, 0);
  for (let k = 0; k < maxDeg; k++) greedyPass(net, k);
}

// one function per pass and per student (not one long loop): V8 optimises them within the first pass
function greedyPass(net: FlowNetwork, k: number): void {
  for (let s = 0; s < net.n; s++) if (!net.pinned[s] && net.placedArc[s]! < 0) tryPlace(net, s, k);
}

/** Places student s on its k-th arc if that entry has a free route to the sink. */
function tryPlace(net: FlowNetwork, s: number, k: number): void {
  const a = net.sStart[s]! + k;
  if (a >= net.sStart[s + 1]! || !routeToSink(net, net.sHead[a]!)) return;
  if (!net.pinned[s]) net.setSourceFlow(s, 1);
  net.place(s, a);
}

/** Depth-first search for a free route from a right node to the sink; pushes one unit if found. */
function routeToSink(net: FlowNetwork, from: number): boolean {
  if (from === SINK) return true;
  const { nodeStart, head, rcap } = net;
  for (let b = nodeStart[from]!; b < nodeStart[from + 1]!; b++) {
    if (rcap[b]! <= 0) continue;
    const w = head[b]!;
    // right networks are layered (entry → programme → supervisor → location → sink), so a forward
    // search never loops; reverse arcs point back up and are skipped by the layer test
    if (w !== SINK && w <= from) continue;
    if (routeToSink(net, w)) {
      net.push(b, 1);
      return true;
    }
  }
  return false;
}

/**
 * Solves in place: on return net.placedArc holds a cheapest maximum placement and net.pi potentials
 * under which every residual arc has a non-negative reduced cost (exact duals, used by explain).
 * Throws if the pinned students cannot all be placed (the caller validates that beforehand).
 */
export function solveMinCostMaxFlow(net: FlowNetwork, options: { buckets?: number } = {}): FlowStats {
  const st = createSearchState(net, options.buckets);
  const stats: FlowStats = { rounds: 0, phases: 0, trace: [] };
  let t = performance.now();
  let r0 = 0;
  const mark = (excess: number): void => {
    const now = performance.now();
    stats.trace.push({ rounds: stats.rounds - r0, ms: now - t, excess });
    t = now;
    r0 = stats.rounds;
  };
  const { n, exc, pinned } = net;
  greedyStart(net);

  // Phase 0: maximum flow with all costs 0 (potentials stay 0). Pinned students go first, as
  // sources of their own; then the source.
  const zero = new Int32Array(net.sCost.length);
  const sources: number[] = [];
  for (let s = 0; s < n; s++) {
    if (pinned[s] && net.placedArc[s]! < 0) {
      exc[net.R + s] = 1;
      sources.push(net.R + s);
    }
  }
  exc[SINK] = -BIG_EXCESS;
  if (sources.length > 0) {
    runRounds(net, st, zero, stats, true);
    for (const v of sources) if (exc[v]! > 0) throw new Error('fixed placements exceed the capacities');
  }
  // Every unplaced student is a source of its own (as if the source had already sent it its unit):
  // one search serves them all, and the source node is never relabelled over thousands of arcs.
  // Units that find no way to the sink go back to the source afterwards.
  for (let s = 0; s < n; s++) {
    if (pinned[s] || net.placedArc[s]! >= 0) continue;
    net.setSourceFlow(s, 1);
    exc[net.R + s] = 1;
  }
  runRounds(net, st, zero, stats, true);
  for (let s = 0; s < n; s++) {
    if (exc[net.R + s]! > 0) {
      net.setSourceFlow(s, 0);
      exc[net.R + s] = 0;
    }
  }
  exc[SINK] = 0;
  mark(0);

  // Bit phases.
  const cost = net.sCost;
  const maxCost = maxOf(cost);
  const bits = maxCost === 0 ? 0 : 32 - Math.clz32(maxCost);
  const phaseCost = new Int32Array(cost.length);
  const STEP = 1;
  let prevShift = bits;
  for (let shift = Math.max(0, bits - STEP); ; shift = Math.max(0, shift - STEP)) {
    shiftInto(cost, phaseCost, shift);
    const excess = startPhase(net, phaseCost, prevShift - shift);
    prevShift = shift;
    runRounds(net, st, phaseCost, stats, false);
    stats.phases++;
    mark(excess);
    if (shift === 0) break;
  }
  return stats;
}

// Loops over every arc live in functions of their own: the solver itself is called once, and V8 only
// optimises a function between calls (the CLI runs without on-stack replacement, decision 084).
function maxOf(xs: Int32Array): number {
  let max = 0;
  for (let i = 0; i < xs.length; i++) if (xs[i]! > max) max = xs[i]!;
  return max;
}

function shiftInto(cost: Int32Array, out: Int32Array, shift: number): void {
  for (let a = 0; a < cost.length; a++) out[a] = cost[a]! >> shift;
}

/** Doubles the potentials and turns every arc the new cost bit made violated into excess + deficit. */
function startPhase(net: FlowNetwork, cost: Int32Array, bitsUp: number): number {
  let moved = 0;
  const { N, n, pi, placedArc, pinned } = net;
  for (let v = 0; v < N; v++) pi[v] = pi[v]! << bitsUp;
  for (let s = 0; s < n; s++) if (placedArc[s]! >= 0 && !pinned[s] && !repairStudent(net, cost, s)) moved++;
  return moved;
}

/** Repairs placed student s's arc after a new cost bit; false when s had to leave its place. */
function repairStudent(net: FlowNetwork, cost: Int32Array, s: number): boolean {
  const { R, pi, sStart, sHead, placedArc, exc } = net;
  const a = placedArc[s]!;
  const v = R + s;
  const rc = cost[a]! + pi[v]! - pi[sHead[a]!]!;
  if (rc <= 0) return true;
  // Lowering the student's own potential by rc repairs the placed arc; it is allowed when no other
  // arc of this student (nor its source arc) would then go negative. Else the student must move.
  const p = pi[v]! - rc;
  let ok = p - pi[SOURCE]! >= 0;
  for (let b = sStart[s]!; ok && b < sStart[s + 1]!; b++) {
    if (b !== a && cost[b]! + p - pi[sHead[b]!]! < 0) ok = false;
  }
  if (ok) {
    pi[v] = p;
    return true;
  }
  exc[sHead[a]!]!--;
  net.unplace(s);
  exc[v] = 1;
  return false;
}

/** Shortest-path rounds until no excess is left (or, for max flow, until no path to a deficit). */
function runRounds(net: FlowNetwork, st: SearchState, cost: Int32Array, stats: FlowStats, maxFlow: boolean): void {
  for (;;) {
    const D = shortestPathRound(net, st, cost);
    if (D < 0) {
      if (maxFlow) return;
      if (st.sourceCount === 0) return;
      throw new Error('min-cost flow: excess without a reachable deficit');
    }
    stats.rounds++;
    augmentRound(net, st, cost);
  }
}
