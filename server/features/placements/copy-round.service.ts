import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import { placementRoundLocations, placementRounds, placementSupervisors } from '../../../db/schema';
import { AppError } from '../../errors';
import { auditAs, type ServiceContext } from '../scope';
import { inputsChanged, requireEditable, requireRound } from './access';
import { refuseWhileRunning } from './run-state';

/**
 * "Copy locations and capacities from last round": the TOP-locaties of the partnership's most recent
 * other round that has any, with their capacity, open days, places per programme and werkbegeleiders.
 * Locations the round already holds are left as they are (counted as skipped). One transaction.
 */
export function copyLocationsFromLastRound(ctx: ServiceContext, roundId: number) {
  const round = requireRound(ctx, roundId);
  requireEditable(round);
  refuseWhileRunning(ctx, roundId);
  const source = ctx.db
    .select({ id: placementRounds.id, name: placementRounds.name })
    .from(placementRounds)
    .innerJoin(placementRoundLocations, eq(placementRoundLocations.roundId, placementRounds.id))
    .where(and(eq(placementRounds.partnershipId, ctx.actor.partnershipId), ne(placementRounds.id, roundId)))
    .orderBy(desc(placementRounds.id))
    .limit(1)
    .get();
  if (!source) throw new AppError('NOT_FOUND', 'e.placements.noEarlierRound');
  const from = ctx.db
    .select()
    .from(placementRoundLocations)
    .where(eq(placementRoundLocations.roundId, source.id))
    .all();
  const have = new Set(
    ctx.db
      .select({ locationId: placementRoundLocations.locationId })
      .from(placementRoundLocations)
      .where(eq(placementRoundLocations.roundId, roundId))
      .all()
      .map((l) => l.locationId),
  );
  const toCopy = from.filter((l) => !have.has(l.locationId));
  const supervisors = toCopy.length
    ? ctx.db
        .select()
        .from(placementSupervisors)
        .where(
          inArray(
            placementSupervisors.roundLocationId,
            toCopy.map((l) => l.id),
          ),
        )
        .all()
    : [];
  return ctx.db.transaction((tx) => {
    for (const l of toCopy) {
      const { id } = tx
        .insert(placementRoundLocations)
        .values({
          roundId,
          locationId: l.locationId,
          capacity: l.capacity,
          openDays: l.openDays,
          programmeCapacity: l.programmeCapacity,
        })
        .returning({ id: placementRoundLocations.id })
        .get();
      for (const s of supervisors.filter((x) => x.roundLocationId === l.id))
        tx.insert(placementSupervisors)
          .values({
            roundLocationId: id,
            userId: s.userId,
            name: s.name,
            capacity: s.capacity,
            programmeIds: s.programmeIds,
          })
          .run();
    }
    if (toCopy.length) inputsChanged(tx, ctx, roundId);
    auditAs(ctx, {
      action: 'placement_round.locations.copy',
      subjectType: 'placement_round',
      subjectId: roundId,
      detail: { fromRoundId: source.id, copied: toCopy.length, skipped: from.length - toCopy.length },
    });
    return { id: roundId, fromRoundName: source.name, copied: toCopy.length, skipped: from.length - toCopy.length };
  });
}
