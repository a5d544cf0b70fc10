// Builds the FlowNetwork of a round: source → student (1) → (location, programme) entry (programme cap)
// → werkbegeleider (its cap; only where the location has them) → location (total cap) → sink, with
// cost rank² on the student arcs. Fixed placements with a named supervisor (or at a location without
// supervisors) are subtracted from the capacities; those without one are "pinned" student nodes.
import { compileRound, type CompiledRound } from './compile-round';
import { FlowNetwork, RightNetworkBuilder, SINK, type StudentArcs } from './flow-network';
import { fixedUsage, isPinned } from './validate-fixed';
import type { Location, Round, Student } from './types';

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
  /** per location: CSR arc indices of (programme-out → supervisor) arcs, with the supervisor id */
  supervisorArcs: { arc: number; programme: string; supervisor: string }[][];
  /** entry node of (location li, programme index p) at li * programmes + p, 0 where li does not offer p */
  entryOf: Int32Array;
  /** programme id -> index, and how many there are */
  programmeIndex: Map<string, number>;
  programmes: number;
}

export function buildRoundNetwork(round: Round, options: BuildOptions = {}): RoundNetwork {
  const { students, locations } = round;
  const usage = fixedUsage(round);
  const c = compileRound(round);
  const programmeCount = c.programmes.length;
  const b = new RightNetworkBuilder();

  // right network, node ids increasing along each location's layers (entry < out < supervisor < total)
  /** entry node of (location li, programme index p) at li * programmeCount + p, where li offers p */
  const entryOf = new Int32Array(locations.length * programmeCount);
  const supRaw: { arc: number; programme: string; supervisor: string }[][] = [];
  // One call per location, indexed loops: this runs once per solve, cold and without on-stack
  // replacement (084), where a function called 500 times gets compiled and an iterator is slow.
  const addLocation = (l: Location, li: number): void => {
    const used = usage.get(l.id);
    const sups = l.supervisors ?? [];
    const W = sups.length;
    const progs = Object.keys(l.programmeCapacity);
    const P = progs.length;
    // nodes are numbered in the order they are added: entries first + k, then (with werkbegeleiders)
    // the programmes' out nodes first + P + k, the werkbegeleiders, the location's total
    const first = b.nodeCount;
    for (let k = 0; k < P; k++) b.addNode();
    // programme index -> its place k among the location's programmes (entry first + k), -1 if not offered
    const offered = c.offered[li]!;
    if (W > 0) for (let k = 0; k < P; k++) b.addNode();
    const supFirst = b.nodeCount;
    for (let wi = 0; wi < W; wi++) b.addNode();
    const total = b.addNode();
    for (let k = 0; k < P; k++) {
      const cap = l.programmeCapacity[progs[k]!]! - (used?.programme.get(progs[k]!) ?? 0);
      b.addArc(first + k, W > 0 ? first + P + k : total, cap);
    }
    const sa: { arc: number; programme: string; supervisor: string }[] = [];
    for (let wi = 0; wi < W; wi++) {
      const w = sups[wi]!;
      for (let j = 0; j < w.programmes.length; j++) {
        const p = w.programmes[j]!;
        const pi = c.programmeIndex.get(p);
        const k = pi === undefined ? -1 : offered[pi]!;
        // finite: no more can pass than the programme and the werkbegeleider take anyway
        const cap = Math.min(l.programmeCapacity[p] ?? 0, w.capacity);
        if (k >= 0) sa.push({ arc: b.addArc(first + k + P, supFirst + wi, cap), programme: p, supervisor: w.id });
      }
      b.addArc(supFirst + wi, total, w.capacity - (used?.supervisor.get(w.id) ?? 0));
    }
    b.addArc(total, SINK, l.capacity - (used?.total ?? 0));
    for (let p = 0; p < offered.length; p++)
      if (offered[p]! >= 0) entryOf[li * programmeCount + p] = first + offered[p]!;
    supRaw.push(sa);
  };
  for (let li = 0; li < locations.length; li++) addLocation(locations[li]!, li);
  let unplacedNode = -1;
  if (options.unplacedCost) {
    unplacedNode = b.addNode();
    b.addArc(unplacedNode, SINK, students.length);
  }

  const { arcs, studentIndex, engineIndex, arcLocation, arcRank } =
    options.skip || options.arcCost || options.unplacedCost || options.stay
      ? studentArcs(round, c, entryOf, unplacedNode, options)
      : plainStudentArcs(round, c, entryOf);
  const net = new FlowNetwork(b, arcs);
  // builder arc ids → CSR positions, in place: the objects are this function's own
  for (let li = 0; li < supRaw.length; li++) {
    const list = supRaw[li]!;
    for (let i = 0; i < list.length; i++) list[i]!.arc = net.arcIndex[list[i]!.arc]!;
  }
  return {
    net,
    studentIndex,
    engineIndex,
    arcLocation,
    arcRank,
    supervisorArcs: supRaw,
    entryOf,
    programmeIndex: c.programmeIndex,
    programmes: programmeCount,
  };
}

/** The entry node of (location li, programme), or undefined where li does not offer it. */
export function entryNode(rn: RoundNetwork, li: number, programme: string): number | undefined {
  const p = rn.programmeIndex.get(programme);
  const e = p === undefined ? 0 : rn.entryOf[li * rn.programmes + p]!;
  return e > 0 ? e : undefined; // an entry is never the source (0) or the sink (1)
}

interface EngineStudents {
  arcs: StudentArcs;
  studentIndex: Int32Array;
  engineIndex: Int32Array;
  arcLocation: Int32Array;
  arcRank: Int32Array;
}

/** Fixed students whose werkbegeleider the engine chooses, as [student, location] by student index (the
 * others are subtracted from the capacities). */
function pinnedStudents(round: Round, c: CompiledRound): [number, number][] {
  const pinned: [number, number][] = [];
  for (let i = 0; i < round.fixed.length; i++) {
    const f = round.fixed[i]!;
    const li = c.locIndex.get(f.location)!;
    if (isPinned(f, round.locations[li]!)) pinned.push([c.studentIndex.get(f.student)!, li]);
  }
  return pinned.sort((x, y) => x[0] - y[0]);
}

/**
 * A plain round's students (no options): those with allowed pairs in round order, then the pinned ones.
 * Their arcs are then the compiled round's pairs as they are, followed by one arc per pinned student: no
 * loop over 100,000 pairs and no copy of them; the core derives heads and costs (DerivedArcs).
 */
function plainStudentArcs(round: Round, c: CompiledRound, entryOf: Int32Array): EngineStudents {
  const { start: pairStart, pairLocation, pairRank, studentProgramme, isFixed } = c;
  const n = round.students.length;
  const pinned = pinnedStudents(round, c);
  const pairs = pairLocation.length;
  const m = pairs + pinned.length;
  // the pairs in place, the pinned arcs in the room compileRound leaves after them (rank 0: no cost)
  const arcLocation = new Int32Array(pairLocation.buffer, pairLocation.byteOffset, m);
  const arcRank = new Int32Array(pairRank.buffer, pairRank.byteOffset, m);
  arcRank.fill(0, pairs);
  const studentIndex = new Int32Array(n);
  const engineIndex = new Int32Array(n).fill(-1);
  const programme = new Int32Array(n);
  const start = new Int32Array(n + 1);
  let e = 0;
  for (let si = 0; si < n; si++) {
    // a fixed student has no pairs; a free one without any is not in the engine
    if (isFixed[si] || pairStart[si + 1] === pairStart[si]) continue;
    engineIndex[si] = e;
    studentIndex[e] = si;
    programme[e] = studentProgramme[si]!;
    start[++e] = pairStart[si + 1]!;
  }
  const pinnedFlag = new Uint8Array(e + pinned.length);
  for (let k = 0; k < pinned.length; k++) {
    const [si, li] = pinned[k]!;
    arcLocation[pairs + k] = li;
    engineIndex[si] = e;
    studentIndex[e] = si;
    programme[e] = studentProgramme[si]!;
    pinnedFlag[e] = 1;
    start[++e] = pairs + k + 1;
  }
  return {
    arcs: {
      count: e,
      start: start.subarray(0, e + 1),
      pinned: pinnedFlag,
      derived: {
        location: arcLocation,
        rank: arcRank,
        entryOf,
        programme: programme.subarray(0, e),
        programmes: c.programmes.length,
      },
    },
    studentIndex: studentIndex.subarray(0, e),
    engineIndex,
    arcLocation,
    arcRank,
  };
}

/**
 * Students and their arcs in round order, one by one: for repair (a withdrawn student skipped, the
 * published places kept), custom costs and the weighted objective's "unplaced" arcs.
 */
function studentArcs(
  round: Round,
  c: CompiledRound,
  entryOf: Int32Array,
  unplacedNode: number,
  options: BuildOptions,
): EngineStudents {
  const { students, locations } = round;
  const { locIndex } = c;
  const programmeCount = c.programmes.length;
  const fixedIndex = new Map<string, number>();
  round.fixed.forEach((f, i) => fixedIndex.set(f.student, i));
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
  const { start: pairStart, pairLocation, pairRank, studentProgramme, isFixed } = c;
  for (let si = 0; si < students.length; si++) {
    if (options.skip?.has(si)) continue;
    const s: Student = students[si]!;
    const begin = m;
    if (isFixed[si]) {
      const f = round.fixed[fixedIndex.get(s.id)!]!;
      const li = locIndex.get(f.location)!;
      if (!isPinned(f, locations[li]!)) continue; // already subtracted (fixedUsage)
      head[m] = entryOf[li * programmeCount + studentProgramme[si]!]!;
      cost[m] = 0;
      arcLocation[m] = li;
      arcRank[m++] = 0;
      pinned[e] = 1;
    } else {
      const stayAt = options.stay?.get(si) ?? -1;
      let stayAdded = false;
      const prog = studentProgramme[si]!;
      for (let k = pairStart[si]!, end = pairStart[si + 1]!; k < end; k++) {
        const li = pairLocation[k]!;
        const rank = pairRank[k]!;
        if (li === stayAt) stayAdded = true;
        head[m] = entryOf[li * programmeCount + prog]!;
        cost[m] = arcCost ? arcCost(si, rank, li) : rank * rank;
        arcLocation[m] = li;
        arcRank[m++] = rank;
      }
      // repair: the published place may be kept even where the rules (or the list) would not allow it
      const stayEntry = stayAt >= 0 && !stayAdded ? entryOf[stayAt * programmeCount + prog]! : 0;
      if (stayEntry > 0) {
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
  return {
    arcs,
    studentIndex: studentIndex.subarray(0, e),
    engineIndex,
    arcLocation: arcLocation.subarray(0, m),
    arcRank: arcRank.subarray(0, m),
  };
}
