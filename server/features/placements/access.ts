import { and, eq, sql } from 'drizzle-orm';
import {
  placementParticipants,
  placementRoundLocations,
  placementRounds,
  placementSupervisors,
} from '../../../db/schema';
import type { Db } from '../../../db/client';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { preparedQuery } from '../../../db/prepared';
import { AppError } from '../../errors';
import { found, type ServiceContext } from '../scope';

/**
 * Loading the objects of a round, scoped by the actor's partnership: only the round carries
 * partnership_id, so every child is loaded through a join with its round. Another partnership's
 * round, location, werkbegeleider or participant is "not found".
 * Which rows a role sees: projectleider and beheerder every round (placements.read); a student only
 * their own participation (self.service.ts); a locatie user only published placements at their own
 * TOP-locatie (location-view.service.ts).
 */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type RoundRow = typeof placementRounds.$inferSelect;

const roundInPartnership = preparedQuery((db) =>
  db
    .select()
    .from(placementRounds)
    .where(
      and(
        eq(placementRounds.id, sql.placeholder('roundId')),
        eq(placementRounds.partnershipId, sql.placeholder('partnershipId')),
      ),
    )
    .prepare(),
);

export function requireRound(ctx: ServiceContext, roundId: number): RoundRow {
  return found(roundInPartnership(ctx.db).get({ roundId, partnershipId: ctx.actor.partnershipId }));
}

export function requireRoundLocation(ctx: ServiceContext, id: number) {
  return found(
    ctx.db
      .select({ roundLocation: placementRoundLocations, round: placementRounds })
      .from(placementRoundLocations)
      .innerJoin(placementRounds, eq(placementRounds.id, placementRoundLocations.roundId))
      .where(and(eq(placementRoundLocations.id, id), eq(placementRounds.partnershipId, ctx.actor.partnershipId)))
      .get(),
  );
}

export function requireSupervisor(ctx: ServiceContext, id: number) {
  return found(
    ctx.db
      .select({ supervisor: placementSupervisors, roundLocation: placementRoundLocations, round: placementRounds })
      .from(placementSupervisors)
      .innerJoin(placementRoundLocations, eq(placementRoundLocations.id, placementSupervisors.roundLocationId))
      .innerJoin(placementRounds, eq(placementRounds.id, placementRoundLocations.roundId))
      .where(and(eq(placementSupervisors.id, id), eq(placementRounds.partnershipId, ctx.actor.partnershipId)))
      .get(),
  );
}

export function requireParticipant(ctx: ServiceContext, id: number) {
  return found(
    ctx.db
      .select({ participant: placementParticipants, round: placementRounds })
      .from(placementParticipants)
      .innerJoin(placementRounds, eq(placementRounds.id, placementParticipants.roundId))
      .where(and(eq(placementParticipants.id, id), eq(placementRounds.partnershipId, ctx.actor.partnershipId)))
      .get(),
  );
}

/**
 * A change of an input row that nobody read a revision for — a file's import, a repair, a raised
 * capacity (decision 079): it bumps the row's revision and records who and when, so a form read before is
 * refused, and it never fails itself. Spread into the update's `set`.
 */
export function claimedBy(ctx: Pick<ServiceContext, 'actor' | 'clock'>, revision: SQLiteColumn) {
  return { revision: sql<number>`${revision} + 1`, updatedBy: ctx.actor.userId, updatedAt: ctx.clock.now() };
}

/** Inputs can change until publication; after that only a repair or an override changes anything. */
export function requireEditable(round: RoundRow): void {
  if (round.status === 'gepubliceerd') throw new AppError('CONFLICT', 'e.placements.roundPublished');
}

/** Records that the inputs changed: a result computed before is no longer current. */
export function inputsChanged(tx: Pick<Db, 'update'>, ctx: ServiceContext, roundId: number): void {
  tx.update(placementRounds)
    .set({ inputsRevision: sql`${placementRounds.inputsRevision} + 1`, updatedAt: ctx.clock.now() })
    .where(eq(placementRounds.id, roundId))
    .run();
}
