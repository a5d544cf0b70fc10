// Builds the FlowNetwork of a round: source → student (1) → (location, programme) entry (programme cap)
// → werkbegeleider (its cap; only where the location has them) → location (total cap) → sink, with
// cost rank² on the student arcs. Fixed placements with a named supervisor (or at a location without
// supervisors) are subtracted from the capacities; those without one are "pinned" student nodes.
import { dayMask, ineligibility, locationFacts } from './eligibility';
import { FlowNetwork, RightNetworkBuilder, SINK, type StudentArcs } from './flow-network';
import { fixedUsage } from './validate-fixed';
import type { Round, Student, Location } from './types';

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
  const facts = locations.map(locationFacts);
  const engineIndex = new Int32Array(students.length).fill(-1);
  const studentIndex: number[] = [];
  const start: number[] = [0];
  const head: number[] = [];
  const cost: number[] = [];
  const arcLocation: number[] = [];
  const arcRank: number[] = [];
  const pinned: number[] = [];
  students.forEach((s: Student, si: number) => {
    if (options.skip?.has(si)) return;
    const fi = fixedIndex.get(s.id);
    if (fi !== undefined) {
      const f = round.fixed[fi]!;
      const li = locIndex.get(f.location)!;
      const l = locations[li]!;
      if ((l.supervisors?.length ?? 0) === 0 || f.supervisor) return; // already subtracted
      head.push(entries[li]!.get(s.programme)!);
      cost.push(0);
      arcLocation.push(li);
      arcRank.push(0);
      pinned.push(1);
    } else {
      const mask = dayMask(s.availableDays);
      const stayAt = options.stay?.get(si) ?? -1;
      let stayAdded = false;
      s.preferences.forEach((lid, k) => {
        const li = locIndex.get(lid)!;
        const l: Location = locations[li]!;
        if (li !== stayAt && ineligibility(s, l, facts[li]!, mask) !== null) return;
        const entry = entries[li]!.get(s.programme);
        if (entry === undefined) return;
        if (li === stayAt) stayAdded = true;
        head.push(entry);
        cost.push(options.arcCost ? options.arcCost(si, k + 1, li) : (k + 1) * (k + 1));
        arcLocation.push(li);
        arcRank.push(k + 1);
      });
      const stayEntry = stayAt >= 0 ? entries[stayAt]!.get(s.programme) : undefined;
      if (stayAt >= 0 && !stayAdded && stayEntry !== undefined) {
        head.push(stayEntry);
        cost.push(options.arcCost ? options.arcCost(si, 0, stayAt) : 0);
        arcLocation.push(stayAt);
        arcRank.push(0);
      }
      if (options.unplacedCost) {
        head.push(unplacedNode);
        cost.push(options.unplacedCost(si));
        arcLocation.push(-1);
        arcRank.push(0);
      }
      if (head.length === start[start.length - 1]) return; // nowhere eligible: not in the engine
      pinned.push(0);
    }
    engineIndex[si] = studentIndex.length;
    studentIndex.push(si);
    start.push(head.length);
  });

  const arcs: StudentArcs = {
    count: studentIndex.length,
    start: Int32Array.from(start),
    head: Int32Array.from(head),
    cost: Int32Array.from(cost),
    pinned: Uint8Array.from(pinned),
  };
  const net = new FlowNetwork(b, arcs);
  grow(-1, '');
  return {
    net,
    studentIndex: Int32Array.from(studentIndex),
    engineIndex,
    arcLocation: Int32Array.from(arcLocation),
    arcRank: Int32Array.from(arcRank),
    entryLocation: Int32Array.from(entryLocationList),
    entryProgramme: entryProgrammeList,
    supervisorArcs: supRaw.map((list) => list.map((x) => ({ ...x, arc: net.arcIndex[x.arc]! }))),
    entries,
    locationNode,
    fixedIndex,
  };
}
