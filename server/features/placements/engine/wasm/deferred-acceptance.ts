// The proposals of the stable objective (engine/stable.ts), in WebAssembly: student-proposing deferred
// acceptance with location priorities, as the JavaScript it replaces did them — the same proposals in
// the same order, the same float keys, the same searches — so the same matching and werkbegeleiders
// come out (decision 095's addendum). JavaScript prepares the numbers (the compiled pairs, priority lists,
// lottery, room and the werkbegeleider graph) and reads back who is where and the graph's flow.
import { drawLottery } from './lottery';
import { get, getF64, newArray, set } from './memory';
import * as H from './stable-heaps';
import * as W from './stable-networks';

const OK: i32 = 0;
const EXCHANGE_FAILED: i32 = 1;

let n: i32 = 0;
let P: i32 = 0;
let start: usize = 0;
let pairLocation: usize = 0;
let pairRank: usize = 0;
let pairGrade: usize = 0;
let unlisted: usize = 0;
let lottery: usize = 0; // f64
let studentProgramme: usize = 0;
/** per location li and programme p: offered[li * P + p], the programme's position there */
let offered: usize = 0;
let pinnedCount: usize = 0;
/** per student: the pair it proposes to next */
let proposal: usize = 0;
let placedAt: usize = 0;
let placedRank: usize = 0;
let failed = false;

function hold(li: i32, e: i32, si: i32, k: i32, key: f64): void {
  H.push(li, e, si, key);
  set(placedAt, si, li);
  set(placedRank, si, get(pairRank, k));
}

/** si takes entry e's place of the worst student of entry `out` (the one returned, free again). */
function displace(si: i32, k: i32, li: i32, out: i32, e: i32, key: f64): i32 {
  const t = H.pop(li, out);
  if (get(W.nodeBase, li) >= 0) {
    const base = get(H.entryBase, li);
    if (!W.remove(li, out - base) || !W.add(li, e - base)) failed = true;
  }
  hold(li, e, si, k, key);
  set(placedAt, t, -1);
  set(placedRank, t, 0);
  return t;
}

/** si's proposal to entry e, which has room of its own: held if the location has room, else an exchange. */
function admit(si: i32, k: i32, li: i32, e: i32, key: f64): i32 {
  let out: i32; // the entry whose worst student makes room
  if (get(W.nodeBase, li) < 0) {
    if (H.fits(li, e)) {
      hold(li, e, si, k, key);
      return -1;
    }
    out = H.worstEntry(li, 0); // the total is full: any entry can make room
  } else {
    // the total full and everyone held ranks higher: no circuit can make room, no search needed
    if (H.totalFull(li, get(pinnedCount, li)) && H.worseThanAll(li, key)) return si;
    const base = get(H.entryBase, li);
    if (W.add(li, e - base)) {
      hold(li, e, si, k, key);
      return -1;
    }
    W.exchangeable(li, e - base, get(H.entryBase, li + 1) - base);
    out = H.worstEntry(li, W.reach);
  }
  return out >= 0 && H.topKey(out) > key ? displace(si, k, li, out, e, key) : si; // else rejected
}

/** One proposal of si to its next choice: returns who is free afterwards (si, a displaced one, or -1). */
function propose(si: i32): i32 {
  const k = get(proposal, si);
  if (k >= get(start, si + 1)) return -1; // list exhausted: stays unplaced
  set(proposal, si, k + 1);
  const li = get(pairLocation, k);
  const e = get(H.entryBase, li) + get(offered, li * P + get(studentProgramme, si));
  let grade = get(pairGrade, k);
  if (grade == 0) grade = get(unlisted, li);
  // the strict priority key, the same float expression as before: grade·2³² + lottery + index/(n+1)
  const key = <f64>grade * 4294967296.0 + getF64(lottery, si) + <f64>si / <f64>(n + 1);
  // its programme full (held ones alone fill it): only its own entry can make room, in the network too
  if (get(H.size, e) >= get(H.cap, e))
    return get(H.size, e) > 0 && H.topKey(e) > key ? displace(si, k, li, e, e, key) : si;
  return admit(si, k, li, e, key);
}

/**
 * The grade of every allowed pair a location lists (pairGrade; 0 where it does not list the student:
 * those pairs have the location's `unlisted` grade, one below its last). The lists come as: per location
 * its number of grades (gradeCount), per grade its number of students (listCount), the students (listed).
 */
function gradePairs(L: i32, gradeCount: usize, listCount: usize, listed: usize): void {
  pairGrade = newArray(get(start, n), 0);
  unlisted = newArray(L, 0);
  let list = 0;
  let at = 0;
  for (let li = 0; li < L; li++) {
    const grades = get(gradeCount, li);
    set(unlisted, li, grades + 1);
    for (let g = 1; g <= grades; g++) {
      for (const end = at + get(listCount, list++); at < end; at++) {
        const s = get(listed, at);
        for (let k = get(start, s), last = get(start, s + 1); k < last; k++)
          if (get(pairLocation, k) == li) set(pairGrade, k, g);
      }
    }
  }
}

let inputs: usize = 0;
let slot = 0;
/** The next address in the input table. */
function input(): usize {
  return <usize>get(inputs, slot++);
}

/**
 * Runs deferred acceptance. `table` holds the addresses of: start, pairLocation, pairRank, gradeCount,
 * listCount and listed (see gradePairs), idUnits and idLengths (see drawLottery), studentProgramme, offered, entryBase, entryCap,
 * locationCap, pinnedCount, pinLocation, pinEntry, placedAt (all -1), placedRank (all 0), then the
 * graph's (see W.bindNetworks).
 * Pinned fixed students are routed first. On return placedAt / placedRank hold the matching and the
 * graph's cap its flow.
 */
export function deferredAcceptance(
  table: usize,
  students: i32,
  L: i32,
  programmes: i32,
  E: i32,
  pins: i32,
  nodes: i32,
  maxP: i32,
): i32 {
  n = students;
  P = programmes;
  inputs = table;
  slot = 0;
  start = input();
  pairLocation = input();
  pairRank = input();
  const gradeCount = input();
  const listCount = input();
  gradePairs(L, gradeCount, listCount, input());
  const idUnits = input();
  lottery = drawLottery(idUnits, input(), n);
  studentProgramme = input();
  offered = input();
  const entryBase = input();
  const entryCap = input();
  H.createHeaps(L, E, entryBase, entryCap, input());
  pinnedCount = input();
  const pinLocation = input();
  const pinEntry = input();
  placedAt = input();
  placedRank = input();
  W.bindNetworks(table + ((<usize>slot) << 2), nodes, maxP);
  for (let i = 0; i < pins; i++) W.add(get(pinLocation, i), get(pinEntry, i));

  proposal = newArray(n, 0);
  memory.copy(proposal, start, (<usize>n) << 2);
  failed = false;
  // proposals in a fixed order: student 0 proposes, and whoever that leaves free (itself, or the one it
  // displaced) proposes next, until no one is; then student 1, and so on
  for (let si = 0; si < n; si++) {
    if (get(start, si + 1) <= get(start, si)) continue;
    for (let s = si; s >= 0;) s = propose(s);
    if (failed) return EXCHANGE_FAILED;
  }
  return OK;
}
