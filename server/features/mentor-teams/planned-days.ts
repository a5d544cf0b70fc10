/**
 * Planned days at the workplace per student per week — the seam between mentor teams and
 * placements (issue 3).
 *
 * Order of sources: a published placement's weekdays for that week (when the placements feature has
 * registered a lookup) → the team's default (mentor_team.default_planned_days) → the student's
 * programme days a week (programme.days_per_week). The placements feature plugs in with one call at
 * module load, e.g. in its router file:
 *
 *   providePlacementDays((ctx, studentIds, monday) => new Map([[studentId, [1, 2]], …]));
 *
 * The lookup receives the actor's ServiceContext (scope queries by ctx.actor.partnershipId), the
 * students of one class and the Monday of the week (ISO date), and returns the weekdays of each
 * student's published placement in force that week; students without one are simply left out.
 */
import type { ServiceContext } from '../scope';

export type PlacementDaysLookup = (ctx: ServiceContext, studentIds: number[], monday: string) => Map<number, number[]>;
export type PlannedDaysSource = 'placement' | 'team' | 'programme';
export interface PlannedDays {
  days: number;
  source: PlannedDaysSource;
}

let placementDays: PlacementDaysLookup | null = null;

/** Registers (or, with null, removes) the published-placement lookup. */
export function providePlacementDays(lookup: PlacementDaysLookup | null): void {
  placementDays = lookup;
}

export function plannedDaysFor(
  ctx: ServiceContext,
  team: { defaultPlannedDays: number | null },
  students: { id: number; programmeDays: number }[],
  monday: string,
): Map<number, PlannedDays> {
  const placed =
    placementDays && students.length
      ? placementDays(
          ctx,
          students.map((s) => s.id),
          monday,
        )
      : new Map<number, number[]>();
  const out = new Map<number, PlannedDays>();
  for (const s of students) {
    const placement = placed.get(s.id);
    if (placement) out.set(s.id, { days: placement.length, source: 'placement' });
    else if (team.defaultPlannedDays !== null) out.set(s.id, { days: team.defaultPlannedDays, source: 'team' });
    else out.set(s.id, { days: s.programmeDays, source: 'programme' });
  }
  return out;
}
