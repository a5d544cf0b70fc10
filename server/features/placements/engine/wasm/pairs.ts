// The allowed (student, location) pairs of a round, in WebAssembly: compileRound (compile-round.ts) hands
// over the rules as numbers and reads back the pairs. The same rules as `ineligibility` (eligibility.ts),
// checked for the 100,000 pairs of a large round; in JavaScript this ran cold, once, boxing every float
// (decision 094's eighth addendum). A distance the bounds cannot decide is asked of JavaScript, which
// computes it exactly as the explanations do (greatCircleKm).
import { get, getF64, getU8, set } from './memory';

// imported as pairs.farther (AssemblyScript names an import by its file): JavaScript's exact answer
declare function farther(student: i32, location: i32): i32;

const EARTH_RADIUS_KM: f64 = 6371.0088;
const RAD: f64 = Math.PI / 180;

/**
 * 1 when `greatCircleKm(a, b) > maxKm` is certain, 0 when its negation is, -1 when only the exact
 * computation can tell (cosA, cosB: the cosines of the latitudes, as greatCircleKm computes them). With
 * x = half an angle difference and y = sqrt(h), for 0 ≤ x, y ≤ 0.1 rad (600 km): x − x³/6 ≤ sin x ≤ x
 * and y ≤ asin y ≤ y + y³/5, so the distance lies in [lo, hi] below. Each side is computed to within
 * ~1e-14 of itself, as is greatCircleKm: when the limit lies outside [lo, hi] by a relative 1e-9, the
 * answer is certain. The float operations are IEEE's own (no trigonometry), so they equal JavaScript's.
 */
export function fartherBound(aLat: f64, aLon: f64, bLat: f64, bLon: f64, cosA: f64, cosB: f64, maxKm: f64): i32 {
  const x = Math.abs((bLat - aLat) * RAD) / 2;
  const z = Math.abs((bLon - aLon) * RAD) / 2;
  if (x <= 0.1 && z <= 0.1) {
    const c = cosA * cosB;
    const xl = x - (x * x * x) / 6;
    const zl = z - (z * z * z) / 6;
    const lo = 2 * EARTH_RADIUS_KM * Math.sqrt(xl * xl + c * zl * zl);
    if (lo > maxKm * (1 + 1e-9)) return 1;
    const y = Math.sqrt(x * x + c * z * z);
    if (y <= 0.1 && 2 * EARTH_RADIUS_KM * (y + (y * y * y) / 5) < maxKm * (1 - 1e-9)) return 0;
  }
  return -1;
}

/**
 * Writes the allowed pairs of every student that is not fixed, in preference order, as CSR
 * (start[s]..start[s+1]-1 into pairLocation and pairRank, the 1-based rank) and returns their number.
 * `table` holds the arrays' addresses in this order (compile-round.ts): prefStart, prefLocation,
 * studentMask, studentProgramme, isFixed (u8), daysNeeded, reach (f64: per student home lat, lon, cos
 * of lat, maxKm — NaN maxKm without a limit), programmeOk (u8, per location × programme), openMask, place
 * (f64: per location lat, lon, cos of lat — NaN cos without coordinates), then start, pairLocation, pairRank.
 */
export function eligiblePairs(table: usize, n: i32, programmeCount: i32): i32 {
  const prefStart = <usize>get(table, 0);
  const prefLocation = <usize>get(table, 1);
  const studentMask = <usize>get(table, 2);
  const studentProgramme = <usize>get(table, 3);
  const isFixed = <usize>get(table, 4);
  const daysNeeded = <usize>get(table, 5);
  const reach = <usize>get(table, 6);
  const programmeOk = <usize>get(table, 7);
  const openMask = <usize>get(table, 8);
  const place = <usize>get(table, 9);
  const start = <usize>get(table, 10);
  const pairLocation = <usize>get(table, 11);
  const pairRank = <usize>get(table, 12);
  let k = 0;
  set(start, 0, 0);
  for (let s = 0; s < n; s++) {
    if (getU8(isFixed, s) == 0) {
      const programme = get(studentProgramme, s);
      const mask = get(studentMask, s);
      const need = get(daysNeeded, s);
      const maxKm = getF64(reach, 4 * s + 3);
      const limited = !isNaN(maxKm);
      const first = get(prefStart, s);
      for (let j = first, end = get(prefStart, s + 1); j < end; j++) {
        const li = get(prefLocation, j);
        if (getU8(programmeOk, li * programmeCount + programme) == 0) continue;
        if (popcnt<i32>(mask & get(openMask, li)) < need) continue;
        const cosB = getF64(place, 3 * li + 2);
        if (limited && !isNaN(cosB)) {
          let far = fartherBound(
            getF64(reach, 4 * s),
            getF64(reach, 4 * s + 1),
            getF64(place, 3 * li),
            getF64(place, 3 * li + 1),
            getF64(reach, 4 * s + 2),
            cosB,
            maxKm,
          );
          if (far < 0) far = farther(s, li);
          if (far == 1) continue;
        }
        set(pairLocation, k, li);
        set(pairRank, k++, j - first + 1);
      }
    }
    set(start, s + 1, k);
  }
  return k;
}
