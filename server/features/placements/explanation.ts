import type { AssignmentSource, Objective } from '../../../shared/domain/placements';
import type { LocationReason, StudentExplanation } from './engine/index';
import { locationKey } from './engine-ids';
import type { RoundData, RoundIndex } from './round-data';

/** A stable-mode reason as stored (snapshot.ts adds the grade numbers the projectleider entered). */
type StoredStable = NonNullable<LocationReason['stable']> & {
  cutoffGradeNumber?: number | null;
  ownGradeNumber?: number | null;
};
/** The engine's explanation as the run stored it, stable-mode reasons with their grade numbers. */
type StoredExplanation = Omit<StudentExplanation, 'reasons'> & {
  reasons: (Omit<LocationReason, 'stable'> & { stable?: StoredStable })[];
};

/**
 * "Waarom deze plek?" for one participant, in database terms and names. The reasons come from the
 * engine's explanation of the last run; a placement changed since (by hand, or by a repair) carries
 * its own reason instead, because the run's reasons no longer describe it.
 */
export function explanationOf(
  data: RoundData,
  index: RoundIndex,
  participantId: number,
  objective: Objective,
  { audience }: { audience: 'projectleider' | 'student' } = { audience: 'projectleider' },
) {
  const p = index.participantById.get(participantId)!;
  const a = index.assignmentOf.get(participantId);
  const nameOfKey = new Map(data.locations.map((l) => [locationKey(l.locationId), l.name]));
  const placement = a
    ? {
        roundLocationId: a.roundLocationId,
        locationName: index.locationById.get(a.roundLocationId)?.name ?? '',
        supervisorName: a.supervisorId !== null ? (index.supervisorById.get(a.supervisorId)?.name ?? null) : null,
        days: a.days,
        rank: index.rankOf(participantId, a.roundLocationId),
        locked: a.locked,
        source: a.source as AssignmentSource,
        // An override's reason is internal (the projectleider's views and the audit): never the student's.
        note: audience === 'student' ? null : a.note,
        updatedAt: a.updatedAt,
      }
    : null;
  const stored = p.explanation as StoredExplanation | null;
  const fromRun = stored !== null && (placement === null || placement.source === 'engine');
  const reasons = fromRun
    ? stored.reasons.map((r) => {
        const { stable } = r;
        return {
          rank: r.rank,
          locationName: nameOfKey.get(r.location) ?? r.location,
          code: r.code,
          distanceKm: r.distanceKm ?? null,
          stable: stable
            ? {
                cutoffGrade: stable.cutoffGrade,
                cutoffGradeNumber: stable.cutoffGradeNumber ?? null,
                ownGradeNumber: stable.ownGradeNumber ?? null,
                lostTieBreak: stable.lostTieBreak,
              }
            : null,
          optimal: r.optimal ?? null,
        };
      })
    : [];
  return {
    participantId,
    name: `${p.firstName} ${p.lastName}`,
    studentNumber: p.studentNumber ?? '',
    programmeName: p.programmeName,
    availableDays: p.availableDays,
    daysNeeded: p.daysNeeded,
    maxDistanceKm: p.maxDistanceKm,
    objective,
    preferences: (index.preferencesOf.get(participantId) ?? []).map((id, i) => ({
      rank: i + 1,
      roundLocationId: id,
      name: index.locationById.get(id)?.name ?? '',
    })),
    placement,
    /** False before the first run, and for a placement changed since the run. */
    explained: fromRun,
    fixedAtRun: stored?.fixed ?? false,
    reasons,
  };
}
