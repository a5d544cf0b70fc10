import { eq, sql } from 'drizzle-orm';
import { placementRoundLocations, placementRounds, placementSupervisors } from '../../../db/schema';
import type { ServiceContext } from '../scope';
import { claimedBy, type RoundRow, type Tx } from './access';
import type { RoundData } from './round-data';

/**
 * Raises by one the limits that keep a student out when the projectleider places over capacity: the
 * location's total, its places for the programme, the werkbegeleider's. The inputs change with it; a
 * result that was current stays current (the placements fit the raised limits, as after a repair).
 */
export function raiseCapacities(
  tx: Tx,
  ctx: ServiceContext,
  round: RoundRow,
  {
    location,
    programmeId,
    supervisorId,
    raise,
  }: {
    location: RoundData['locations'][number];
    programmeId: number;
    supervisorId: number | null;
    raise: { total: boolean; programme: boolean; supervisor: boolean };
  },
): void {
  tx.update(placementRoundLocations)
    .set({
      capacity: location.capacity + (raise.total ? 1 : 0),
      programmeCapacity: location.programmeCapacity.map((c) =>
        c.programmeId === programmeId && raise.programme ? { ...c, capacity: c.capacity + 1 } : c,
      ),
      ...claimedBy(ctx, placementRoundLocations.revision),
    })
    .where(eq(placementRoundLocations.id, location.id))
    .run();
  if (raise.supervisor && supervisorId !== null)
    tx.update(placementSupervisors)
      .set({ capacity: sql`${placementSupervisors.capacity} + 1`, ...claimedBy(ctx, placementSupervisors.revision) })
      .where(eq(placementSupervisors.id, supervisorId))
      .run();
  const current = round.resultRevision !== null && round.resultRevision === round.inputsRevision;
  tx.update(placementRounds)
    .set({
      inputsRevision: sql`${placementRounds.inputsRevision} + 1`,
      ...(current ? { resultRevision: sql`${placementRounds.resultRevision} + 1` } : {}),
      updatedAt: ctx.clock.now(),
    })
    .where(eq(placementRounds.id, round.id))
    .run();
}
