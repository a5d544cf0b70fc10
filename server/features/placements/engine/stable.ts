// The "stabiel" objective: student-proposing deferred acceptance with location priorities.
//
// A location holds the students it has tentatively accepted. The sets that fit it (programme caps →
// werkbegeleiders → total) form a matroid (a gammoid), so a location's choice — greedy in priority
// order among those that fit — is substitutable and satisfies the law of aggregate demand; deferred
// acceptance then ends in the student-optimal stable matching (Roth 1984; Hatfield & Milgrom 2005),
// whatever the order of proposals. A proposal to a full location swaps out the lowest-priority held
// student in the newcomer's circuit, if that one ranks lower.
//
// The proposals run in WebAssembly (wasm/deferred-acceptance.ts, decision 095's addendum); this file
// prepares their numbers and reads back who is where. Incremental, per proposal: the held students of
// every (location, programme) entry sit in a max-heap by priority key (wasm/stable-heaps.ts), so the
// worst of a circuit is the worst of a few heap tops.
//  - Without werkbegeleiders (the fast path) the circuit is plain counting: the newcomer's own entry
//    when its programme is full, else (the total is full) every entry.
//  - With werkbegeleiders the location's own little flow network decides what fits and which entries
//    can give up a unit to the newcomer's (wasm/stable-networks.ts) — searched only when counting cannot
//    decide: a full programme entry can only make room itself, and a newcomer ranked below everyone
//    at a location whose total is full is rejected either way (decision 093; same decisions, same flow).
//
// Ties within a priority grade are broken by one lottery for all locations: a fixed hash of the
// student id (independent of input order). Strict priorities refine the grades, so a matching stable
// for them is weakly stable for the grades.
import { compileRound } from './compile-round';
import { LocationNetwork } from './location-network';
import { buildSupervisedGraph, type SupervisedGraph } from './stable-networks-build';
import { entryRoom } from './stable-room';
import { roundIndex } from './round-index';
import { idUnits, lotteryNumber, pinFixed } from './stable-setup';
import { stableResult } from './stable-result';
import { fixedUsage } from './validate-fixed';
import type { Round, RoundResult } from './types';
import { runInCore, type CoreUse } from './wasm-core';

export interface StableState {
  /** round indices of the (non-fixed) students location li holds (listed on first use: explanations only) */
  held: (li: number) => number[];
  /** per round student: index of the location they got, -1 if none */
  placedAt: Int32Array;
  /** per round student: 1-based rank of the place they got on their list, 0 if none */
  placedRank: Int32Array;
  /** 1-based grade of student si at location li (listed grades + 1 when unlisted) */
  grade: (li: number, si: number) => number;
  /** strict priority key: lower is better */
  priority: (li: number, si: number) => number;
  /** round indices of pinned fixed students per location (routed, never displaced) */
  pinned: number[][];
  /** the location's network with everyone it holds routed (built on demand, for the explanations) */
  network: (li: number) => LocationNetwork;
  /** the flat networks of the locations with werkbegeleiders, with the flow deferred acceptance left */
  networks: SupervisedGraph;
  entryBase: Int32Array;
}

export function runDeferredAcceptance(round: Round): StableState {
  const { students, locations } = round;
  const n = students.length;
  const usage = fixedUsage(round);
  const c = compileRound(round);
  const { start, pairLocation, pairRank, studentProgramme, offered } = c;
  const { entryBase, entryCap, locationCap } = entryRoom(round, usage);
  const priorities = roundIndex(round);
  const graph = buildSupervisedGraph(round, usage);
  const { pinned, pinLocation, pinEntry } = pinFixed(round, c, graph);
  const P = c.programmes.length;
  const offeredFlat = new Int32Array(locations.length * P);
  for (let li = 0; li < locations.length; li++) offeredFlat.set(offered[li]!, li * P);
  const ids = idUnits(students);
  const placedAt = new Int32Array(n).fill(-1);
  const placedRank = new Int32Array(n);
  // in the order wasm/deferred-acceptance.ts reads them; it changes placedAt, placedRank and graph.cap
  const arrays = [
    start,
    pairLocation,
    pairRank,
    priorities.gradeCount,
    priorities.listCount,
    priorities.listed,
    ids.units,
    ids.lengths,
    studentProgramme,
    offeredFlat,
    entryBase,
    entryCap,
    locationCap,
    Int32Array.from(pinned, (list) => list.length),
    pinLocation,
    pinEntry,
    placedAt,
    placedRank,
    graph.nodeBase,
    graph.sinkOf,
    graph.sinkArc,
    graph.fwd,
    graph.to,
    graph.cap,
    graph.original,
    graph.adjStart,
    graph.adjArc,
  ];
  const uses = arrays.map((a): CoreUse => (a === placedAt || a === placedRank || a === graph.cap ? 'inout' : 'in'));
  const status = runInCore(arrays, uses, (core, table) =>
    core.deferredAcceptance(
      table,
      n,
      locations.length,
      P,
      entryBase[locations.length]!,
      pinLocation.length,
      graph.nodes,
      graph.maxP,
    ),
  );
  if (status !== 0) throw new Error('stable: exchange failed');

  let lists: number[][] | null = null;
  const held = (li: number): number[] => {
    if (lists === null) {
      lists = Array.from({ length: locations.length }, () => []);
      for (let si = 0; si < n; si++) if (placedAt[si]! >= 0) lists[placedAt[si]!]!.push(si);
    }
    return lists[li]!;
  };
  const grade = (li: number, si: number): number => {
    const grades = locations[li]!.priorities ?? [];
    const g = grades.findIndex((list) => list.includes(students[si]!.id));
    return g >= 0 ? g + 1 : grades.length + 1;
  };
  const priority = (li: number, si: number): number =>
    grade(li, si) * 2 ** 32 + lotteryNumber(students[si]!.id) + si / (n + 1);
  // explanations only: a fresh network with the same students routed has the same exchangeable entries
  // (they depend on the set routed, not on the routing: decision 095)
  const built: (LocationNetwork | undefined)[] = [];
  const network = (li: number): LocationNetwork => {
    let net = built[li];
    if (!net) {
      net = built[li] = new LocationNetwork(locations[li]!, usage.get(locations[li]!.id));
      for (const si of [...pinned[li]!, ...held(li)]) net.add(offered[li]![studentProgramme[si]!]!);
    }
    return net;
  };
  return { held, placedAt, placedRank, grade, priority, pinned, network, networks: graph, entryBase };
}

export function solveStable(round: Round): RoundResult {
  const t0 = performance.now();
  const state = runDeferredAcceptance(round);
  return stableResult(round, state, t0);
}
