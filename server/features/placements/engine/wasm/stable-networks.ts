// The werkbegeleider networks of deferred acceptance (deferred-acceptance.ts), as the JavaScript
// SupervisedNetworks did them: one flat graph of every location with werkbegeleiders, built by
// stable-networks-build.ts (same nodes and arcs per location as location-network.ts), copied in; this
// routes, unroutes and searches it, the same searches in the same order, so the same werkbegeleiders
// come out. Arc a's reverse is a ^ 1 (even arcs point towards the sink).
import { get, newArray, set } from './memory';

/** per location: its first node (entry i is node base + i), -1 when it has no werkbegeleiders */
export let nodeBase: usize = 0;
let sinkOf: usize = 0;
let sinkArc: usize = 0;
/** per node: its one arc towards the sink (entries, werkbegeleiders, total) */
let fwd: usize = 0;
let to: usize = 0;
let cap: usize = 0;
let original: usize = 0;
let adjStart: usize = 0;
let adjArc: usize = 0;
let parent: usize = 0;
let seen: usize = 0;
let queue: usize = 0;
let stamp: i32 = 0;
/** the node whose complete residual search is still in `seen` (a failed add leaves it for reach) */
let searched: i32 = -1;
/** filled by exchangeable(): reach[i] = 1 (a byte) when entry i of the location can give up a unit */
export let reach: usize = 0;

/** Binds the graph; `at` holds the addresses of nodeBase, sinkOf, sinkArc, fwd, to, cap, original, adjStart, adjArc. */
export function bindNetworks(at: usize, nodes: i32, maxP: i32): void {
  nodeBase = <usize>get(at, 0);
  sinkOf = <usize>get(at, 1);
  sinkArc = <usize>get(at, 2);
  fwd = <usize>get(at, 3);
  to = <usize>get(at, 4);
  cap = <usize>get(at, 5);
  original = <usize>get(at, 6);
  adjStart = <usize>get(at, 7);
  adjArc = <usize>get(at, 8);
  parent = newArray(nodes, 0);
  seen = newArray(nodes, 0);
  queue = newArray(nodes, 0);
  stamp = 0;
  searched = -1;
  reach = newArray((maxP + 3) >> 2, 0);
}

/** Breadth-first search in the residual network from node `from`; true when it reached `sink`. */
function search(from: i32, sink: i32, toSink: bool): bool {
  const s = ++stamp;
  set(seen, from, s);
  set(queue, 0, from);
  let qn = 1;
  for (let i = 0; i < qn; i++) {
    const v = get(queue, i);
    for (let j = get(adjStart, v), end = get(adjStart, v + 1); j < end; j++) {
      const a = get(adjArc, j);
      const w = get(to, a);
      if (get(cap, a) <= 0 || get(seen, w) == s) continue;
      set(seen, w, s);
      set(parent, w, a);
      if (w == sink && toSink) return true;
      set(queue, qn++, w);
    }
  }
  return get(seen, sink) == s;
}

function push(a: i32): void {
  set(cap, a, get(cap, a) - 1);
  set(cap, a ^ 1, get(cap, a ^ 1) + 1);
}

/** Routes one more student through entry e of location li if it has room; returns whether it did. */
export function add(li: i32, e: i32): bool {
  const node = get(nodeBase, li) + e;
  const a0 = get(fwd, node);
  const toSinkArc = get(sinkArc, li);
  searched = -1;
  // counting fast path: the route the search would take (decision 095)
  if (get(cap, a0) > 0 && get(cap, toSinkArc) > 0) {
    const out = get(to, a0);
    for (let j = get(adjStart, out), end = get(adjStart, out + 1); j < end; j++) {
      const a = get(adjArc, j);
      if ((a & 1) == 1 || get(cap, get(fwd, get(to, a))) <= 0) continue; // odd: back to the entry
      push(a0);
      push(a);
      push(get(fwd, get(to, a)));
      push(toSinkArc);
      return true;
    }
  }
  const sink = get(sinkOf, li);
  if (!search(node, sink, true)) {
    searched = node; // complete: exchangeable(li, e) can reuse it
    return false;
  }
  for (let v = sink; v != node;) {
    const a = get(parent, v);
    push(a);
    v = get(to, a ^ 1);
  }
  return true;
}

/** Takes one routed student of entry e of location li out again (along any arcs that carry flow). */
export function remove(li: i32, e: i32): bool {
  const sink = get(sinkOf, li);
  searched = -1;
  for (let v = get(nodeBase, li) + e; v != sink;) {
    let next = -1;
    for (let j = get(adjStart, v), end = get(adjStart, v + 1); j < end; j++) {
      const a = get(adjArc, j);
      if ((a & 1) == 0 && get(cap, a) < get(original, a)) {
        next = a;
        break;
      }
    }
    if (next < 0) return false;
    push(next ^ 1);
    v = get(to, next);
  }
  return true;
}

/** Marks in `reach` the entries of location li whose routed students could give up their unit to entry e. */
export function exchangeable(li: i32, e: i32, entries: i32): void {
  const base = get(nodeBase, li);
  if (searched != base + e) search(base + e, get(sinkOf, li), false);
  searched = base + e;
  for (let i = 0; i < entries; i++) store<u8>(reach + <usize>i, get(seen, base + i) == stamp ? 1 : 0);
}
