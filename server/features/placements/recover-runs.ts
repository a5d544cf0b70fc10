import { inArray } from 'drizzle-orm';
import { placementRuns } from '../../../db/schema';
import type { Db } from '../../../db/client';
import type { Clock } from '../../clock';

/**
 * At start-up no engine job can still be running: its worker died with the previous process. Mark
 * such jobs failed at once, so the round is free for a new run now rather than after the time limit.
 * (One server process per database is the deployment model; see docs/decisions/011.)
 */
export function failInterruptedRuns(db: Db, clock: Clock): number {
  return db
    .update(placementRuns)
    .set({ state: 'mislukt', error: 'e.placements.engineFailed', finishedAt: clock.now() })
    .where(inArray(placementRuns.state, ['wachtrij', 'bezig']))
    .run().changes;
}
