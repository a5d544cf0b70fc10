import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import {
  memberships,
  placementAssignments,
  placementPreferences,
  placementPriorities,
  placementRoundLocations,
  placementSupervisors,
  programmes,
  topLocations,
  users,
} from '../../../db/schema';
import type {
  roundLocationAddSchema,
  roundLocationUpdateSchema,
  supervisorAddSchema,
  supervisorUpdateSchema,
} from '../../../shared/schemas/placements';
import type { ProgrammeCapacity } from '../../../db/schema/placements';
import { AppError } from '../../errors';
import { audited, found, revised, uniqueOr, type ServiceContext } from '../scope';
import { inputsChanged, requireEditable, requireRound, requireRoundLocation, requireSupervisor } from './access';

type LocationAdd = z.output<typeof roundLocationAddSchema>;
type LocationUpdate = z.output<typeof roundLocationUpdateSchema>;
type SupervisorAdd = z.output<typeof supervisorAddSchema>;
type SupervisorUpdate = z.output<typeof supervisorUpdateSchema>;

/** Programme ids must be the partnership's own. */
export function checkProgrammes(ctx: ServiceContext, ids: number[], field: string): void {
  if (!ids.length) return;
  const own = ctx.db
    .select({ id: programmes.id })
    .from(programmes)
    .where(and(inArray(programmes.id, ids), eq(programmes.partnershipId, ctx.actor.partnershipId)))
    .all();
  if (own.length !== new Set(ids).size) throw new AppError('NOT_FOUND', 'e.notFound', field);
}

const programmeIdsOf = (capacity: ProgrammeCapacity[]) => capacity.map((p) => p.programmeId);

export function addRoundLocation(ctx: ServiceContext, input: LocationAdd) {
  const round = requireRound(ctx, input.roundId);
  requireEditable(round);
  found(
    ctx.db
      .select({ id: topLocations.id })
      .from(topLocations)
      .where(and(eq(topLocations.id, input.locationId), eq(topLocations.partnershipId, ctx.actor.partnershipId)))
      .get(),
  );
  checkProgrammes(ctx, programmeIdsOf(input.programmeCapacity), 'programmeCapacity');
  return uniqueOr(
    () =>
      audited(ctx, 'placement_round.location.add', 'placement_round_location', (tx) => {
        inputsChanged(tx, ctx, round.id);
        return tx.insert(placementRoundLocations).values(input).returning({ id: placementRoundLocations.id }).get();
      }),
    'e.placements.locationTaken',
    'locationId',
  );
}

export function updateRoundLocation(ctx: ServiceContext, input: LocationUpdate) {
  const { round } = requireRoundLocation(ctx, input.id);
  requireEditable(round);
  checkProgrammes(ctx, programmeIdsOf(input.programmeCapacity), 'programmeCapacity');
  const { id, revision: read, ...fields } = input;
  return audited(ctx, 'placement_round.location.update', 'placement_round_location', (tx) => {
    const revision = revised(ctx, 'placement_round_location', id, read);
    tx.update(placementRoundLocations).set(fields).where(eq(placementRoundLocations.id, id)).run();
    inputsChanged(tx, ctx, round.id);
    return { id, revision };
  });
}

/** Takes a location out of a round, with the preferences, priorities, werkbegeleiders and placements there. */
export function removeRoundLocation(ctx: ServiceContext, { id, revision }: { id: number; revision: number }) {
  const { round } = requireRoundLocation(ctx, id);
  requireEditable(round);
  return audited(ctx, 'placement_round.location.remove', 'placement_round_location', (tx) => {
    revised(ctx, 'placement_round_location', id, revision);
    tx.delete(placementAssignments).where(eq(placementAssignments.roundLocationId, id)).run();
    tx.delete(placementPreferences).where(eq(placementPreferences.roundLocationId, id)).run();
    tx.delete(placementPriorities).where(eq(placementPriorities.roundLocationId, id)).run();
    tx.delete(placementSupervisors).where(eq(placementSupervisors.roundLocationId, id)).run();
    tx.delete(placementRoundLocations).where(eq(placementRoundLocations.id, id)).run();
    inputsChanged(tx, ctx, round.id);
    return { id };
  });
}

/** A linked werkbegeleider must hold the locatie role at this very location; their name comes from the account. */
export function locatieUserName(ctx: ServiceContext, userId: number, locationId: number): string {
  const row = ctx.db
    .select({ name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.userId, userId),
        eq(memberships.partnershipId, ctx.actor.partnershipId),
        eq(memberships.role, 'locatie'),
        eq(memberships.topLocationId, locationId),
      ),
    )
    .get();
  if (!row) throw new AppError('BAD_REQUEST', 'e.placements.notLocatie', 'userId');
  return row.name;
}

function supervisorRow(ctx: ServiceContext, locationId: number, input: SupervisorAdd | SupervisorUpdate) {
  checkProgrammes(ctx, input.programmeIds, 'programmeIds');
  const name = input.userId !== null ? locatieUserName(ctx, input.userId, locationId) : input.name;
  return { userId: input.userId, name, capacity: input.capacity, programmeIds: input.programmeIds };
}

export function addSupervisor(ctx: ServiceContext, input: SupervisorAdd) {
  const { round, roundLocation } = requireRoundLocation(ctx, input.roundLocationId);
  requireEditable(round);
  const row = supervisorRow(ctx, roundLocation.locationId, input);
  return audited(ctx, 'placement_round.supervisor.add', 'placement_supervisor', (tx) => {
    inputsChanged(tx, ctx, round.id);
    return tx
      .insert(placementSupervisors)
      .values({ ...row, roundLocationId: roundLocation.id })
      .returning({ id: placementSupervisors.id })
      .get();
  });
}

export function updateSupervisor(ctx: ServiceContext, input: SupervisorUpdate) {
  const { round, roundLocation } = requireSupervisor(ctx, input.id);
  requireEditable(round);
  const row = supervisorRow(ctx, roundLocation.locationId, input);
  return audited(ctx, 'placement_round.supervisor.update', 'placement_supervisor', (tx) => {
    const revision = revised(ctx, 'placement_supervisor', input.id, input.revision);
    tx.update(placementSupervisors).set(row).where(eq(placementSupervisors.id, input.id)).run();
    inputsChanged(tx, ctx, round.id);
    return { id: input.id, revision };
  });
}

/** Placements with this werkbegeleider keep their location; the next run chooses again. */
export function removeSupervisor(ctx: ServiceContext, { id, revision }: { id: number; revision: number }) {
  const { round } = requireSupervisor(ctx, id);
  requireEditable(round);
  return audited(ctx, 'placement_round.supervisor.remove', 'placement_supervisor', (tx) => {
    revised(ctx, 'placement_supervisor', id, revision);
    tx.update(placementAssignments).set({ supervisorId: null }).where(eq(placementAssignments.supervisorId, id)).run();
    tx.delete(placementSupervisors).where(eq(placementSupervisors.id, id)).run();
    inputsChanged(tx, ctx, round.id);
    return { id };
  });
}
