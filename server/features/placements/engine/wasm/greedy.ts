// The solver's greedy start, as in the JS code it replaces: students placed best rank first wherever
// the right network still has a free route to the sink.
import { get, getU8 } from './memory';
import * as G from './network';

export function greedyStart(): void {
  let maxDeg = 0;
  for (let s = 0; s < G.n; s++) maxDeg = max(maxDeg, get(G.sStart, s + 1) - get(G.sStart, s));
  for (let s = 0; s < G.n; s++) if (getU8(G.pinned, s) != 0) tryPlace(s, 0);
  for (let k = 0; k < maxDeg; k++) {
    for (let s = 0; s < G.n; s++) if (getU8(G.pinned, s) == 0 && get(G.placedArc, s) < 0) tryPlace(s, k);
  }
}

/** Places student s on its k-th arc if that entry has a free route to the sink. */
function tryPlace(s: i32, k: i32): void {
  const a = get(G.sStart, s) + k;
  if (a >= get(G.sStart, s + 1)) return;
  // a free student only where it costs nothing at the first phase's scale (index.ts)
  if (getU8(G.pinned, s) == 0 && G.arcCost(a) > 0) return;
  if (!routeToSink(get(G.sHead, a))) return;
  if (getU8(G.pinned, s) == 0) G.setSourceFlow(s, 1);
  G.place(s, a);
}

/** Depth-first search for a free route from a right node to the sink; pushes one unit if found. */
function routeToSink(from: i32): bool {
  if (from == G.SINK) return true;
  for (let b = get(G.nodeStart, from); b < get(G.nodeStart, from + 1); b++) {
    if (get(G.rcap, b) <= 0) continue;
    const w = get(G.head, b);
    // right networks are layered (entry → programme → supervisor → location → sink), so a forward
    // search never loops; reverse arcs point back up and are skipped by the layer test
    if (w != G.SINK && w <= from) continue;
    if (routeToSink(w)) {
      G.push(b, 1);
      return true;
    }
  }
  return false;
}
