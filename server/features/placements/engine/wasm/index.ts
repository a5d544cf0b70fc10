// Exact min-cost maximum flow for placement networks, compiled to WebAssembly (AssemblyScript, decision
// 094): the cheapest among all maximum flows, by Gabow-style bit scaling of the costs with a primal-dual
// (successive shortest paths) repair inside each bit phase; the first phase is itself the maximum flow,
// at its own scale of the costs (094, seventh addendum). Proofs and figures: docs/decisions/010-matching-engine.md, 084, 092.
//
//  - Any two maximum flows differ by a circulation in the residual network of the first, and a flow is
//    the cheapest of its value iff its residual network has no negative cycle. So we find one maximum
//    flow, then only ever move flow along excess→deficit paths that keep the flow value: no big-M.
//  - With bit scaling the costs grow two bits per phase; multiplying the potentials of an optimal
//    phase by 4 leaves only placed arcs at reduced cost 1–3 to fix (every other residual arc keeps a
//    non-negative reduced cost), so each phase needs a handful of short Dijkstra rounds.
//
// min-cost-flow.ts (through wasm-core.ts) copies the FlowNetwork's arrays in (reserve, then solve) and
// the state back out.
import { augmentRound, createAdmissibleLists } from './augment';
import { greedyStart } from './greedy';
import { alloc, get, set, getU8, newArray } from './memory';
import * as G from './network';
import { setSourceRoot, shortestPathRound } from './search';
import { createSearchState, sourceCount } from './search-state';

const BIG_EXCESS: i32 = 1 << 30;
/** solve's answers: fine, or the two failures the JS side turns into errors */
const OK: i32 = 0;
const FIXED_EXCEED: i32 = 1;
const NO_DEFICIT: i32 = 2;

/** Frees everything of the previous solve: the next reserve() starts at the bottom of the heap again. */
export function reset(): void {
  heap.reset();
}

/** Room for `bytes` bytes of input, growing the memory if needed; returns its address. */
export function reserve(bytes: usize): usize {
  return alloc(bytes);
}

/**
 * Solves in place (the arrays bound by G.bindNetwork, see network.ts): on return placedArc holds a
 * cheapest maximum placement and pi potentials under which every residual arc has a non-negative
 * reduced cost. Returns OK, FIXED_EXCEED (the pinned students cannot all be placed) or NO_DEFICIT.
 */
export function solve(table: usize, r: i32, n: i32, arcs: i32, buckets: i32, programmes: i32): i32 {
  G.bindNetwork(table, r, n, arcs, programmes);
  createSearchState(G.N, buckets);
  createAdmissibleLists();
  let maxCost = 0;
  for (let a = 0; a < arcs; a++) maxCost = max(maxCost, get(G.sCost, a));
  const bits = maxCost == 0 ? 0 : 32 - clz<i32>(maxCost);
  // Two bits per phase, on even shifts (…, 4, 2, 0): fewer phases, each a little longer; for rank²
  // costs the step 2 → 0 adds only bit 0 (a square's bit 1 is always 0), so it costs what a one-bit
  // phase costs. Measured against one bit per phase in decision 094's third addendum.
  const first = max(0, bits - 1) & ~1;
  G.setCostShift(first);
  greedyStart();

  // Pinned students go first, as sources of their own, at all costs 0 (potentials stay 0).
  const sources = newArray(n, 0);
  let sourcesCount = 0;
  for (let s = 0; s < n; s++) {
    if (getU8(G.pinned, s) != 0 && get(G.placedArc, s) < 0) {
      set(G.exc, r + s, 1);
      set(sources, sourcesCount++, r + s);
    }
  }
  if (sourcesCount > 0) {
    G.setCostShift(31);
    set(G.exc, G.SINK, -BIG_EXCESS);
    runRounds(true);
    for (let i = 0; i < sourcesCount; i++) if (get(G.exc, get(sources, i)) > 0) return FIXED_EXCEED;
    G.setCostShift(first);
    takeBackCostly();
  }
  // The first phase is the maximum flow itself, with that phase's costs: every unplaced student is a
  // source of its own (as if the source had already sent it its unit) and the source is a root of
  // every search, so an excess keeps the source's potential and the flow stays the cheapest of its
  // value (successive shortest paths). When no excess reaches the sink any more the flow is maximum;
  // the units left go back to the source, over arcs of reduced cost 0.
  for (let s = 0; s < n; s++) {
    if (getU8(G.pinned, s) != 0 || get(G.placedArc, s) >= 0) continue;
    G.setSourceFlow(s, 1);
    set(G.exc, r + s, 1);
  }
  set(G.exc, G.SINK, -BIG_EXCESS);
  setSourceRoot(true);
  for (let D = shortestPathRound(); D >= 0; D = shortestPathRound()) augmentRound();
  setSourceRoot(false);
  for (let s = 0; s < n; s++) {
    if (get(G.exc, r + s) > 0) {
      G.setSourceFlow(s, 0);
      set(G.exc, r + s, 0);
    }
  }
  set(G.exc, G.SINK, 0);

  for (let shift = first; shift > 0;) {
    const next = max(0, shift - 2);
    // the phase sees each cost >> shift (arcCost): no array of the phase's costs to fill and touch
    G.setCostShift(next);
    startPhase(shift - next);
    shift = next;
    if (!runRounds(false)) return NO_DEFICIT;
  }
  return OK;
}

/**
 * After the pinned students' maximum flow (potentials 0): a free student on an arc that costs something
 * at the first phase's scale leaves it, and its unit goes back from the entry to the sink.
 */
function takeBackCostly(): void {
  for (let s = 0; s < G.n; s++) {
    const a = get(G.placedArc, s);
    if (a < 0 || getU8(G.pinned, s) != 0 || G.arcCost(a) == 0) continue;
    G.unplace(s);
    G.setSourceFlow(s, 0);
    unrouteToSink(get(G.sHead, a));
  }
}

/** Takes one unit off a path of flow from right node v to the sink (the right network is layered). */
function unrouteToSink(v: i32): void {
  while (v != G.SINK) {
    let b = get(G.nodeStart, v);
    for (const end = get(G.nodeStart, v + 1); b < end; b++) {
      const w = get(G.head, b);
      if ((w == G.SINK || w > v) && get(G.rcap, get(G.rev, b)) > 0) break;
    }
    G.push(b, -1);
    v = get(G.head, b);
  }
}

/** Scales the potentials up and turns every arc the new cost bits made violated into excess + deficit. */
function startPhase(bitsUp: i32): void {
  for (let v = 0; v < G.N; v++) set(G.pi, v, get(G.pi, v) << bitsUp);
  for (let s = 0; s < G.n; s++) if (get(G.placedArc, s) >= 0 && getU8(G.pinned, s) == 0) repairStudent(s);
}

/** Repairs placed student s's arc after new cost bits; false when s had to leave its place. */
function repairStudent(s: i32): bool {
  const a = get(G.placedArc, s);
  const v = G.R + s;
  const rc = G.arcCost(a) + get(G.pi, v) - get(G.pi, get(G.sHead, a));
  if (rc <= 0) return true;
  // Lowering the student's own potential by rc repairs the placed arc; it is allowed when no other
  // arc of this student (nor its source arc) would then go negative. Else the student must move.
  const p = get(G.pi, v) - rc;
  let ok = p - get(G.pi, G.SOURCE) >= 0;
  for (let b = get(G.sStart, s); ok && b < get(G.sStart, s + 1); b++) {
    if (b != a && G.arcCost(b) + p - get(G.pi, get(G.sHead, b)) < 0) ok = false;
  }
  if (ok) {
    set(G.pi, v, p);
    return true;
  }
  const u = get(G.sHead, a);
  set(G.exc, u, get(G.exc, u) - 1);
  G.unplace(s);
  set(G.exc, v, 1);
  return false;
}

/** Shortest-path rounds until no excess is left (or, for max flow, until no path to a deficit). */
function runRounds(maxFlow: bool): bool {
  let D = shortestPathRound();
  while (D >= 0) {
    augmentRound();
    // At zero costs the search reached everything an excess can reach, and the round's flow stops only
    // when no excess has a path to a deficit left (augment.ts): a second search would find none.
    if (maxFlow) return true;
    D = shortestPathRound();
  }
  return maxFlow || sourceCount == 0;
}

export { deferredAcceptance } from './deferred-acceptance';
export { eligiblePairs, fartherBound } from './pairs';
