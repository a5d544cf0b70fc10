/** What other features may use of mentor teams (a small read API; everything else stays inside). */
import type { ServiceContext } from '../scope';
import { visibleTeams } from './access';

/** The classes (cohort ids) of the teams whose students the actor may read: a mentor's own teams only. */
export function readableClassIds(ctx: ServiceContext): number[] {
  return [...new Set(visibleTeams(ctx, 'read').map((t) => t.cohortId))];
}
