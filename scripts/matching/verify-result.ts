// An independent check of a result against its round, written apart from the engine: every student
// exactly once, days valid, the rules respected for non-fixed students, fixed ones where fixed, and
// every capacity (total, per programme, per werkbegeleider) kept. Returns the problems found.
import type { Round, RoundResult } from '../../server/features/placements/engine/types';

const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }): number => {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
};

export function verifyResult(round: Round, result: RoundResult): string[] {
  const problems: string[] = [];
  const students = new Map(round.students.map((s) => [s.id, s]));
  const locations = new Map(round.locations.map((l) => [l.id, l]));
  const fixed = new Map(round.fixed.map((f) => [f.student, f]));
  const seen = new Map<string, number>();
  for (const a of result.assignments) seen.set(a.student, (seen.get(a.student) ?? 0) + 1);
  for (const u of result.unassigned) seen.set(u, (seen.get(u) ?? 0) + 1);
  for (const s of round.students)
    if (seen.get(s.id) !== 1) problems.push(`${s.id} appears ${seen.get(s.id) ?? 0} times`);
  for (const id of seen.keys()) if (!students.has(id)) problems.push(`unknown student ${id} in result`);
  const use = new Map<string, number>();
  const bump = (k: string): number => {
    const v = (use.get(k) ?? 0) + 1;
    use.set(k, v);
    return v;
  };
  let placed = 0;
  let rankCost = 0;
  for (const a of result.assignments) {
    const s = students.get(a.student);
    const l = locations.get(a.location);
    if (!s || !l) {
      problems.push(`${a.student}: unknown student or location ${a.location}`);
      continue;
    }
    const f = fixed.get(s.id);
    if (f && f.location !== l.id) problems.push(`${s.id}: fixed at ${f.location} but placed at ${l.id}`);
    if (f && f.supervisor && f.supervisor !== a.supervisor)
      problems.push(`${s.id}: fixed with ${f.supervisor} but got ${a.supervisor}`);
    const days = new Set(a.days);
    if (a.days.length !== s.daysNeeded || days.size !== s.daysNeeded)
      problems.push(`${s.id}: ${a.days.length} days, needs ${s.daysNeeded}`);
    for (const d of a.days)
      if (!s.availableDays.includes(d) || !l.openDays.includes(d)) problems.push(`${s.id}: day ${d} not common`);
    const sups = l.supervisors ?? [];
    if (sups.length === 0 && a.supervisor !== null)
      problems.push(`${s.id}: supervisor at a location without supervisors`);
    if (sups.length > 0) {
      const w = sups.find((x) => x.id === a.supervisor);
      if (!w) problems.push(`${s.id}: no valid supervisor at ${l.id}`);
      else if (!w.programmes.includes(s.programme)) problems.push(`${s.id}: ${w.id} does not supervise ${s.programme}`);
      else if (bump(`${l.id}#${w.id}`) > w.capacity) problems.push(`${l.id}: supervisor ${w.id} over capacity`);
    }
    if (bump(l.id) > l.capacity) problems.push(`${l.id}: over capacity`);
    const pc = l.programmeCapacity[s.programme];
    if (pc === undefined) problems.push(`${s.id}: ${l.id} does not offer ${s.programme}`);
    else if (bump(`${l.id}|${s.programme}`) > pc) problems.push(`${l.id}: ${s.programme} over capacity`);
    if (f) continue;
    const rank = s.preferences.indexOf(l.id) + 1;
    if (rank === 0) problems.push(`${s.id}: placed at ${l.id}, not on their list`);
    if (s.home && l.coords && s.maxDistanceKm !== undefined && km(s.home, l.coords) > s.maxDistanceKm)
      problems.push(`${s.id}: too far from ${l.id}`);
    placed++;
    rankCost += rank * rank;
  }
  if (placed !== result.stats.placed) problems.push(`stats.placed ${result.stats.placed}, counted ${placed}`);
  if (rankCost !== result.stats.rankCost) problems.push(`stats.rankCost ${result.stats.rankCost}, counted ${rankCost}`);
  return problems;
}
