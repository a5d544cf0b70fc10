// Builds the FlowNetwork of a round: source → student (1) → (location, programme) entry (programme cap)
// → werkbegeleider (its cap; only where the location has them) → location (total cap) → sink, with
// cost rank² on the student arcs. Fixed placements with a named supervisor (or at a location without
// supervisors) are subtracted from the capacities; those without one are "pinned" student nodes.
import { compileRound } from './compile-round';
import { FlowNetwork, RightNetworkBuilder, SINK, type StudentArcs } from './flow-network';
import { fixedUsage } from './validate-fixed';
import type { Round, Student } from './types';

export interface BuildOptions {
  /** Students (round indices) to leave out entirely, e.g. a withdrawn one. */
  skip?: Set<number>;
  /** Cost of placing student at their rank-th choice (default rank²). */
  arcCost?: (studentIndex: number, rank: number, locationIndex: number) => number;
  /** When set, every student also gets an arc to an "unplaced" node at this cost (weighted objective). */
  unplacedCost?: (studentIndex: number) => number;
  /** Repair: student index -> location index they may keep whatever the rules say (their published place). */
  stay?: Map<number, number>;
}

export interface RoundNetwork {
  net: FlowNetwork;
  /** engine student -> round student index */
  studentIndex: Int32Array;
  /** round student index -> engine student, -1 when not in the engine */
  engineIndex: Int32Array;
  /** per student arc: location index (-1 for the unplaced node) and 1-based rank (0 for pinned) */
  arcLocation: Int32Array;
  arcRank: Int32Array;
  /** per right node: location index and programme of an entry (-1 / '' otherwise) */
  entryLocation: Int32Array;
  entryProgramme: string[];
  /** per location: CSR arc indices of (programme-out → supervisor) arcs, with the supervisor id */
  supervisorArcs: { arc: number; programme: string; supervisor: string }[][];
  /** per location and programme: the entry node */
  entries: Map<string, number>[];
  locationNode: Int32Array;
  fixedIndex: Map<string, number>;
}

export function buildRoundNetwork(round: Round, options: BuildOptions = {}): RoundNetwork {
  const { students, locations } = round;
  const locIndex = new Map<string, number>();
  locations.forEach((l, i) => locIndex.set(l.id, i));
  const usage = fixedUsage(round);
  const b = new RightNetworkBuilder();

  // right network, node ids increasing along each location's layers (entry < out < supervisor < total)
  const entries: Map<string, number>[] = [];
  /** per location: entry node by position among its offered programmes */
  const entryNode: Int32Array[] = [];
  const supRaw: { arc: number; programme: string; supervisor: string }[][] = [];
  const locationNode = new Int32Array(locations.length);
  const entryLocationList: number[] = [-1, -1];
  const entryProgrammeList: string[] = ['', ''];
  const grow = (loc: number, prog: string): void => {
    while (entryLocationList.length < b.nodeCount) {
      entryLocationList.push(loc);
      entryProgrammeList.push(prog);
    }
  };
  locations.forEach((l, li) => {
    const used = usage.get(l.id);
    const sups = l.supervisors ?? [];
    const progs = Object.keys(l.programmeCapacity);
    const entry = new Map<string, number>();
    for (const p of progs) {
      entry.set(p, b.addNode());
      grow(li, p);
    }
    const out = new Map<string, number>();
    if (sups.length > 0) for (const p of progs) out.set(p, b.addNode());
    const supNodes = sups.map(() => b.addNode());
    const total = b.addNode();
    grow(-1, '');
    locationNode[li] = total;
    for (const p of progs) {
      const cap = l.programmeCapacity[p]! - (used?.programme.get(p) ?? 0);
      b.addArc(entry.get(p)!, sups.length > 0 ? out.get(p)! : total, cap);
    }
    const sa: { arc: number; programme: string; supervisor: string }[] = [];
    sups.forEach((w, wi) => {
      for (const p of w.programmes) {
        // finite on purpose: the cost-scaling solver saturates arcs wholesale
        const cap = Math.min(l.programmeCapacity[p] ?? 0, w.capacity);
        if (out.has(p)) sa.push({ arc: b.addArc(out.get(p)!, supNodes[wi]!, cap), programme: p, supervisor: w.id });
      }
      b.addArc(supNodes[wi]!, total, w.capacity - (used?.supervisor.get(w.id) ?? 0));
    });
    b.addArc(total, SINK, l.capacity - (used?.total ?? 0));
    entries.push(entry);
    entryNode.push(Int32Array.from(progs.map((p) => entry.get(p)!)));
    supRaw.push(sa);
  });
  let unplacedNode = -1;
  if (options.unplacedCost) {
    unplacedNode = b.addNode();
    grow(-1, '');
    b.addArc(unplacedNode, SINK, students.length);
  }

  // students
  const fixedIndex = new Map<string, number>();
  round.fixed.forEach((f, i) => fixedIndex.set(f.student, i));
  const c = compileRound(round);
  const engineIndex = new Int32Array(students.length).fill(-1);
  // upper bound on arcs: every allowed pair, one pinned arc per fixed student, stay and unplaced arcs
  const bound = c.pairLocation.length + 2 * students.length;
  const start = new Int32Array(students.length + 1);
  const head = new Int32Array(bound);
  const cost = new Int32Array(bound);
  const arcLocation = new Int32Array(bound);
  const arcRank = new Int32Array(bound);
  const pinned = new Uint8Array(students.length);
  const studentIndex = new Int32Array(students.length);
  let m = 0;
  let e = 0;
  const arcCost = options.arcCost;
  for (let si = 0; si < students.length; si++) {
    if (options.skip?.has(si)) continue;
    const s: Student = students[si]!;
    const begin = m;
    if (c.isFixed[si]) {
      const f = round.fixed[fixedIndex.get(s.id)!]!;
      const li = locIndex.get(f.location)!;
      if ((locations[li]!.supervisors?.length ?? 0) === 0 || f.supervisor) continue; // already subtracted
      head[m] = entries[li]!.get(s.programme)!;
      cost[m] = 0;
      arcLocation[m] = li;
      arcRank[m++] = 0;
      pinned[e] = 1;
    } else {
      const stayAt = options.stay?.get(si) ?? -1;
      let stayAdded = false;
      const prog = c.studentProgramme[si]!;
      for (let k = c.start[si]!; k < c.start[si + 1]!; k++) {
        const li = c.pairLocation[k]!;
        const rank = c.pairRank[k]!;
        if (li === stayAt) stayAdded = true;
        head[m] = entryNode[li]![c.offered[li]![prog]!]!;
        cost[m] = arcCost ? arcCost(si, rank, li) : rank * rank;
        arcLocation[m] = li;
        arcRank[m++] = rank;
      }
      // repair: the published place may be kept even where the rules (or the list) would not allow it
      const stayEntry = stayAt >= 0 && !stayAdded ? entries[stayAt]!.get(s.programme) : undefined;
      if (stayEntry !== undefined) {
        const rank = s.preferences.indexOf(locations[stayAt]!.id) + 1;
        head[m] = stayEntry;
        cost[m] = arcCost ? arcCost(si, rank, stayAt) : rank * rank;
        arcLocation[m] = stayAt;
        arcRank[m++] = rank;
      }
      if (options.unplacedCost) {
        head[m] = unplacedNode;
        cost[m] = options.unplacedCost(si);
        arcLocation[m] = -1;
        arcRank[m++] = 0;
      }
      if (m === begin) continue; // nowhere allowed: not in the engine
    }
    engineIndex[si] = e;
    studentIndex[e++] = si;
    start[e] = m;
  }

  const arcs: StudentArcs = {
    count: e,
    start: start.subarray(0, e + 1),
    head: head.subarray(0, m),
    cost: cost.subarray(0, m),
    pinned: pinned.subarray(0, e),
  };
  const net = new FlowNetwork(b, arcs);
  grow(-1, '');
  return {
    net,
    studentIndex: studentIndex.subarray(0, e),
    engineIndex,
    arcLocation: arcLocation.subarray(0, m),
    arcRank: arcRank.subarray(0, m),
    entryLocation: Int32Array.from(entryLocationList),
    entryProgramme: entryProgrammeList,
    supervisorArcs: supRaw.map((list) => list.map((x) => ({ ...x, arc: net.arcIndex[x.arc]! }))),
    entries,
    locationNode,
    fixedIndex,
  };
}
