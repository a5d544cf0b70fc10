// The flow part of a primal-dual round: move as many units as possible from excess to deficit nodes
// along admissible arcs (residual, reduced cost 0) among the nodes the round's Dijkstra settled.
//
// Shortest augmenting paths with distance labels (ISAP): one backward breadth-first search from the
// deficits gives every node its hop distance d; a search then only advances along arcs with
// d(w) = d(v) − 1 and, at a dead end, relabels the node to 1 + the smallest label among its admissible
// arcs. Unlike level-by-level blocking flows (Dinic), which need a whole-graph search per hop length,
// this needs one global search per round plus local relabels: the zero-cost arcs of a round span most
// of the graph, and the long augmenting paths of the last few units made Dinic cost ~20 passes a round.
// Small per-node functions, as in flow-search.ts, so V8 optimises them early (decision 092).
import { FlowNetwork, SOURCE } from './flow-network';
import type { SearchState } from './flow-search';
import { scanRight, scanStudent, found } from './flow-scan';

const UNREACHED = 1 << 30;

/** Gives v label dv if it was settled this round and has none yet. */
function visit(st: SearchState, v: number, dv: number): void {
  if (st.settledRound[v] === st.round && st.label2[v] === UNREACHED) {
    st.label2[v] = dv;
    st.queue[st.queued++] = v;
  }
}

/** Backward step into student node w: the entry it is placed through, and the source. */
function intoStudent(net: FlowNetwork, st: SearchState, cost: Int32Array, w: number, dv: number): void {
  const { pi } = net;
  const s = w - net.R;
  const a = net.placedArc[s]!;
  if (a >= 0) {
    const u = net.sHead[a]!;
    if (-cost[a]! + pi[u]! - pi[w]! === 0) visit(st, u, dv); // arc u → s
  }
  if (net.srcFlow[s] === 0 && !net.pinned[s] && pi[SOURCE]! - pi[w]! === 0) visit(st, SOURCE, dv);
}

/** Backward step into right node w over its explicit arcs. */
function intoRight(net: FlowNetwork, st: SearchState, w: number, dv: number): void {
  const { pi, head, rcap, rev } = net;
  const pw = pi[w]!;
  for (let b = net.nodeStart[w]!, end = net.nodeStart[w + 1]!; b < end; b++) {
    const v = head[b]!;
    if (rcap[rev[b]!]! > 0 && pi[v]! - pw === 0) visit(st, v, dv);
  }
}

/** Backward step into the source from the students it feeds. */
function intoSource(net: FlowNetwork, st: SearchState, dv: number): void {
  const { pi, srcList, R } = net;
  const pw = pi[SOURCE]!;
  for (let i = net.srcFree, end = net.n - net.pinnedCount; i < end; i++) {
    const v = R + srcList[i]!;
    if (pi[v]! - pw === 0) visit(st, v, dv);
  }
}

/** Backward step into entry w from the students not placed through it. */
function intoEntry(net: FlowNetwork, st: SearchState, cost: Int32Array, w: number, dv: number): void {
  const { pi, inArcs, sOwner, R } = net;
  const pw = pi[w]!;
  for (let i = net.inStart[w]! + net.placedCnt[w]!, end = net.inStart[w + 1]!; i < end; i++) {
    const a = inArcs[i]!;
    const v = R + sOwner[a]!;
    if (cost[a]! + pi[v]! - pw === 0) visit(st, v, dv);
  }
}

/** Backward BFS from every deficit over admissible residual arcs; labels all settled nodes. */
function globalRelabel(net: FlowNetwork, st: SearchState, cost: Int32Array): void {
  const { exc } = net;
  const { settled, label2: d, queue, labelCount } = st;
  st.queued = 0;
  for (let i = 0; i < st.settledCount; i++) {
    const v = settled[i]!;
    if (exc[v]! < 0) {
      d[v] = 0;
      queue[st.queued++] = v;
    } else d[v] = UNREACHED;
  }
  for (let qi = 0; qi < st.queued; qi++) {
    const w = queue[qi]!;
    const dv = d[w]! + 1;
    if (w >= net.R) intoStudent(net, st, cost, w, dv);
    else {
      intoRight(net, st, w, dv);
      if (w === SOURCE) intoSource(net, st, dv);
      else intoEntry(net, st, cost, w, dv);
    }
  }
  const qn = st.queued;
  labelCount.fill(0, 0, qn + 2);
  for (let i = 0; i < qn; i++) labelCount[d[queue[i]!]!]!++;
}

/** Scans v's admissible arcs from position k for one to a node labelled `want` (want < 0: the minimum). */
function scan(net: FlowNetwork, st: SearchState, cost: Int32Array, v: number, k: number, want: number): boolean {
  return v >= net.R ? scanStudent(net, st, cost, v, k, want) : scanRight(net, st, cost, v, k, want);
}

/** Relabels dead end v; an emptied label is a gap that cuts off every node above it. */
function relabel(net: FlowNetwork, st: SearchState, cost: Int32Array, v: number, dv: number): void {
  const { settled, label2: d, labelCount } = st;
  scan(net, st, cost, v, 0, -1);
  const nl = found.k >= UNREACHED ? UNREACHED : found.k + 1;
  if (--labelCount[dv]! === 0) {
    for (let j = 0; j < st.settledCount; j++) {
      const u = settled[j]!;
      const du = d[u]!;
      if (du > dv && du < UNREACHED) {
        labelCount[du]!--;
        d[u] = UNREACHED;
      }
    }
    d[v] = UNREACHED;
  } else {
    d[v] = nl;
    if (nl < UNREACHED) labelCount[nl]!++;
  }
  st.cursor[v] = 0;
}

function resetCursors(st: SearchState): void {
  for (let i = 0; i < st.settledCount; i++) st.cursor[st.settled[i]!] = 0;
}

/** Moves units from the round's excess nodes to its deficits; returns how many. */
export function augmentRound(net: FlowNetwork, st: SearchState, cost: Int32Array): number {
  const { exc } = net;
  const { settled, label2: d, cursor, stack, step } = st;
  globalRelabel(net, st, cost);
  resetCursors(st);
  let moved = 0;
  let relabels = 0;
  // a global relabel after an eighth as many relabels as nodes: measured ~15 % faster than after as many
  const budget = st.settledCount >> 3;
  for (let i = 0; i < st.settledCount; i++) {
    const x = settled[i]!;
    while (exc[x]! > 0 && d[x]! < UNREACHED) {
      let top = 0;
      stack[0] = x;
      for (;;) {
        const v = stack[top]!;
        if (top > 0 && exc[v]! < 0) break;
        const dv = d[v]!;
        if (dv >= UNREACHED) {
          if (top === 0) break;
          top--;
          continue;
        }
        if (scan(net, st, cost, v, cursor[v]!, dv - 1)) {
          cursor[v] = found.k;
          step[top] = found.via;
          stack[++top] = found.node;
          continue;
        }
        relabel(net, st, cost, v, dv);
        if (++relabels > budget) {
          globalRelabel(net, st, cost);
          resetCursors(st);
          relabels = 0;
          top = 0;
          continue;
        }
        if (top > 0) top--;
      }
      const end = stack[top]!;
      if (top === 0 || exc[end]! >= 0) break;
      augment(net, stack, step, top);
      moved++;
    }
  }
  return moved;
}

/** Moves one unit along stack[0..top] (step[i] names the arc from stack[i] to stack[i+1]). */
function augment(net: FlowNetwork, stack: Int32Array, step: Int32Array, top: number): void {
  const R = net.R;
  for (let i = 0; i < top; i++) {
    const v = stack[i]!;
    const w = stack[i + 1]!;
    const via = step[i]!;
    if (v >= R) {
      const s = v - R;
      if (w === SOURCE) net.setSourceFlow(s, 0);
      else net.place(s, via);
    } else if (w >= R) {
      const s = w - R;
      if (v === SOURCE) net.setSourceFlow(s, 1);
      else net.unplace(s);
    } else {
      net.push(via, 1);
    }
  }
  net.exc[stack[0]!]!--;
  net.exc[stack[top]!]!++;
}
