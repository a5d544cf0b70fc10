// The FlowNetwork of flow-network.ts in linear memory: the same arrays under the same names, bound to
// the copies flow-core.ts makes (see `bindNetwork` for their order), and its four state changes.
import { get, set, getU8, newArray, setU8 } from './memory';

export const SOURCE: i32 = 0;
export const SINK: i32 = 1;

export let R: i32 = 0;
export let n: i32 = 0;
export let N: i32 = 0;
export let A: i32 = 0;
export let nodeStart: usize = 0;
export let head: usize = 0;
export let rcap: usize = 0;
export let rev: usize = 0;
export let sStart: usize = 0;
export let sHead: usize = 0;
export let sCost: usize = 0;
export let pinned: usize = 0; // u8
export let inStart: usize = 0;
export let inArcs: usize = 0;
/** the student of the arc at each position of inArcs, moved with it: read in order, not through the arc */
export let inOwner: usize = 0;
export let inPos: usize = 0;
export let placedCnt: usize = 0;
export let srcList: usize = 0;
export let srcPos: usize = 0;
export let placedArc: usize = 0;
export let srcFlow: usize = 0; // u8
export let exc: usize = 0;
export let pi: usize = 0;
export let srcFree: i32 = 0;
/** The cost phase's view of the costs: each student arc's cost >> costShift (31 makes them all 0). */
let costShift: i32 = 31;

export function setCostShift(shift: i32): void {
  costShift = shift;
}

/** The current phase's cost of student arc a. */
export function arcCost(a: i32): i32 {
  return get(sCost, a) >> costShift;
}
export let pinnedCount: i32 = 0;
/**
 * Binds the network to the arrays the JS side copied in; `table` holds their addresses in this order
 * (coreArrays in min-cost-flow.ts): nodeStart, head, rcap, rev, sStart, sHead, sCost, pinned, placedArc,
 * srcFlow, pi (and for a plain round entryOf and the students' programmes: deriveArcs). The solver's own arrays (the entries' in-arc lists, the source's list, the excesses)
 * are built here from them: JavaScript reads none of them, and building them there ran cold.
 */
export function bindNetwork(table: usize, r: i32, students: i32, arcs: i32, programmes: i32): void {
  R = r;
  n = students;
  N = r + students;
  A = arcs;
  nodeStart = <usize>get(table, 0);
  head = <usize>get(table, 1);
  rcap = <usize>get(table, 2);
  rev = <usize>get(table, 3);
  sStart = <usize>get(table, 4);
  sHead = <usize>get(table, 5);
  sCost = <usize>get(table, 6);
  pinned = <usize>get(table, 7);
  placedArc = <usize>get(table, 8);
  srcFlow = <usize>get(table, 9);
  pi = <usize>get(table, 10);
  if (programmes > 0) deriveArcs(<usize>get(table, 11), <usize>get(table, 12), programmes);
  buildInArcs();
  buildSourceList();
  exc = newArray(N, 0);
}

/**
 * A plain round (programmes > 0): the table's sHead and sCost places hold each arc's location and rank
 * (flow-network.ts, DerivedArcs); the heads are entryOf[location * programmes + the student's
 * programme], the costs rank². Written over the locations and ranks themselves: they are this solve's
 * copies, not copied back (min-cost-flow.ts), and two fresh arrays of every arc were 800 KB of first
 * touches for a 10,000-student round (decision 094's eighth addendum).
 */
function deriveArcs(entryOf: usize, programme: usize, programmes: i32): void {
  for (let s = 0; s < n; s++) {
    const p = get(programme, s);
    for (let a = get(sStart, s), end = get(sStart, s + 1); a < end; a++) {
      set(sHead, a, get(entryOf, get(sHead, a) * programmes + p));
      const k = get(sCost, a);
      set(sCost, a, k * k);
    }
  }
}

/**
 * Per entry, its student arcs in arc order (none placed yet) with each arc's student beside it, and each
 * arc's position there.
 */
function buildInArcs(): void {
  inStart = newArray(R + 1, 0);
  for (let a = 0; a < A; a++) {
    const v = get(sHead, a) + 1;
    set(inStart, v, get(inStart, v) + 1);
  }
  for (let v = 0; v < R; v++) set(inStart, v + 1, get(inStart, v + 1) + get(inStart, v));
  const fill = newArray(R, 0);
  memory.copy(fill, inStart, (<usize>R) << 2);
  inArcs = newArray(A, 0);
  inOwner = newArray(A, 0);
  inPos = newArray(A, 0);
  for (let s = 0; s < n; s++) {
    for (let a = get(sStart, s), end = get(sStart, s + 1); a < end; a++) {
      const u = get(sHead, a);
      const p = get(fill, u);
      set(fill, u, p + 1);
      set(inArcs, p, a);
      set(inOwner, p, s);
      set(inPos, a, p);
    }
  }
  placedCnt = newArray(R, 0);
}

/** The source's students, free ones (all but the pinned) first. */
function buildSourceList(): void {
  srcList = newArray(n, 0);
  srcPos = newArray(n, 0xff);
  srcFree = 0;
  for (let s = 0; s < n; s++) {
    if (getU8(pinned, s) != 0) continue;
    set(srcList, srcFree, s);
    set(srcPos, s, srcFree++);
  }
  pinnedCount = n - srcFree;
}

/** Swaps positions p and q of the entries' in-arc lists. */
function swapIn(p: i32, q: i32): void {
  const a = get(inArcs, p);
  const b = get(inArcs, q);
  const sa = get(inOwner, p);
  set(inArcs, p, b);
  set(inOwner, p, get(inOwner, q));
  set(inPos, b, p);
  set(inArcs, q, a);
  set(inOwner, q, sa);
  set(inPos, a, q);
}

/** Put student s on arc a (s must not be placed). */
export function place(s: i32, a: i32): void {
  set(placedArc, s, a);
  const u = get(sHead, a);
  const p = get(inPos, a);
  const c = get(placedCnt, u);
  set(placedCnt, u, c + 1);
  const q = get(inStart, u) + c;
  swapIn(p, q);
}

/** Take student s off its arc. */
export function unplace(s: i32): void {
  const a = get(placedArc, s);
  set(placedArc, s, -1);
  const u = get(sHead, a);
  const p = get(inPos, a);
  const c = get(placedCnt, u) - 1;
  set(placedCnt, u, c);
  const q = get(inStart, u) + c;
  swapIn(p, q);
}

/** The source starts (1) or stops (0) sending its unit to student s. */
export function setSourceFlow(s: i32, f: i32): void {
  if (getU8(srcFlow, s) == f) return;
  setU8(srcFlow, s, f);
  const p = get(srcPos, s);
  // free part = positions 0..srcFree-1
  let q: i32;
  if (f == 1) q = --srcFree;
  else q = srcFree++;
  const t = get(srcList, q);
  set(srcList, q, s);
  set(srcPos, s, q);
  set(srcList, p, t);
  set(srcPos, t, p);
}

export function push(arc: i32, units: i32): void {
  set(rcap, arc, get(rcap, arc) - units);
  const r = get(rev, arc);
  set(rcap, r, get(rcap, r) + units);
}
