/**
 * Planned days at the workplace per student per week — the seam between mentor teams and
 * placements (issue 3).
 *
 * Order of sources: a published placement's weekdays for that week (asked of the placements feature
 * through its public entry) → the team's default (mentor_team.default_planned_days) → the student's
 * programme days a week (programme.days_per_week).
 */
import type { ServiceContext } from '../scope';
import { publishedPlacementDays } from '../placements/public';

export type PlannedDaysSource = 'placement' | 'team' | 'programme';
export interface PlannedDays {
  days: number;
  source: PlannedDaysSource;
}

export function plannedDaysFor(
  ctx: ServiceContext,
  team: { defaultPlannedDays: number | null },
  students: { id: number; programmeDays: number }[],
  monday: string,
): Map<number, PlannedDays> {
  const placed = publishedPlacementDays(
    ctx,
    students.map((s) => s.id),
    monday,
  );
  const out = new Map<number, PlannedDays>();
  for (const s of students) {
    const placement = placed.get(s.id);
    if (placement) out.set(s.id, { days: placement.length, source: 'placement' });
    else if (team.defaultPlannedDays !== null) out.set(s.id, { days: team.defaultPlannedDays, source: 'team' });
    else out.set(s.id, { days: s.programmeDays, source: 'programme' });
  }
  return out;
}
