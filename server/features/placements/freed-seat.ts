import type { Objective } from '../../../shared/domain/placements';
import type { RoundData, RoundIndex } from './round-data';
import { roomAt, type Occupancy } from './room';

/**
 * After a withdrawal the engine only moves in students who listed the freed location (decision 010:
 * everyone else's published placement is kept). When none did, the seat stays empty while students
 * wait. These are the waiting students who could take it — the location offers their programme, it
 * has room for them (total, programme, a werkbegeleider), and their days fit — best first by the
 * round's objective: optimal — those who listed it, by rank (rank² is what the objective counts), then
 * the others; stable — by the location's priority grade for them (no grade last), then rank. Ties by
 * name. The projectleider places one by hand (an override with the reason on record).
 */
export function freedSeatCandidates(
  data: RoundData,
  index: RoundIndex,
  occupancy: Occupancy,
  roundLocationId: number,
  objective: Objective,
  leaving: number | null,
) {
  const location = index.locationById.get(roundLocationId);
  if (!location) return [];
  const gradeOf = new Map(
    data.priorities.filter((p) => p.roundLocationId === roundLocationId).map((p) => [p.participantId, p.grade]),
  );
  const waiting = data.participants.filter((p) => p.id !== leaving && !occupancy.has(p.id));
  const candidates = waiting
    .filter((p) => roomAt(data, index, occupancy, roundLocationId, p.programmeId).block === null)
    .filter((p) => location.openDays.filter((d) => p.availableDays.includes(d)).length >= p.daysNeeded)
    .map((p) => ({
      participantId: p.id,
      name: `${p.firstName} ${p.lastName}`,
      programmeName: p.programmeName,
      rank: index.rankOf(p.id, roundLocationId),
      grade: gradeOf.get(p.id) ?? null,
    }));
  const last = Number.MAX_SAFE_INTEGER;
  const key = (c: (typeof candidates)[number]) =>
    objective === 'stable' ? [c.grade ?? last, c.rank ?? last] : [c.rank ?? last];
  return candidates.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
    return a.name.localeCompare(b.name, 'nl');
  });
}
