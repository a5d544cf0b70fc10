import { and, eq, sql } from 'drizzle-orm';
import {
  placementAssignments,
  placementParticipants,
  placementRoundLocations,
  placementRounds,
  placementRuns,
} from '../../../db/schema';
import type { RepairChange } from '../../../shared/schemas/placements';
import { AppError } from '../../errors';
import { auditAs, found, type ServiceContext } from '../scope';
import type { Assignment, RoundChange } from './engine/index';
import {
  claimedBy,
  inputsChanged,
  requireParticipant,
  requireRound,
  requireRoundLocation,
  type RoundRow,
  type Tx,
} from './access';
import { locationKey, studentKey, supervisorKey } from './engine-ids';
import { engineThenApply, startJob } from './jobs';
import { checkProgrammes } from './location-inputs.service';
import { loadRoundData, type RoundData } from './round-data';
import { checkEngineRound, fromEngineAssignments, toEngineRound } from './snapshot';
import type { WorkerOutput } from './worker-protocol';

/**
 * Repair of a published round mid-year: a student withdraws, or a location loses capacity. The
 * engine moves only the students who must move (everyone else's published placement is kept); the
 * proposal waits, side by side, until the projectleider applies or discards it.
 */
export interface PlacementAt {
  roundLocationId: number;
  supervisorId: number | null;
  days: number[];
}
export interface RepairMove {
  participantId: number;
  from: PlacementAt | null;
  to: PlacementAt | null;
}
export interface RepairProposal {
  moves: RepairMove[];
  stats: { placed: number; unplaced: number; solveMs: number };
}
/**
 * The change as stored on the run, with what it replaces (for the side-by-side view): the capacity
 * before, or the location whose seat a withdrawal frees (to offer it to the waiting students).
 */
export type StoredChange = RepairChange & { previousCapacity?: number; freedRoundLocationId?: number | null };

function engineChange(
  ctx: ServiceContext,
  round: RoundRow,
  change: RepairChange,
  data: RoundData,
): { engine: RoundChange; stored: StoredChange } {
  if (change.kind === 'withdraw') {
    const { participant } = requireParticipant(ctx, change.participantId);
    if (participant.roundId !== round.id) throw new AppError('NOT_FOUND', 'e.notFound', 'participantId');
    if (participant.withdrawnAt !== null) throw new AppError('CONFLICT', 'e.placements.withdrawn', 'participantId');
    const freed = data.assignments.find((a) => a.participantId === participant.id)?.roundLocationId ?? null;
    return {
      engine: { kind: 'withdraw', student: studentKey(participant.studentId) },
      stored: { ...change, freedRoundLocationId: freed },
    };
  }
  const { roundLocation } = requireRoundLocation(ctx, change.roundLocationId);
  if (roundLocation.roundId !== round.id) throw new AppError('NOT_FOUND', 'e.notFound', 'roundLocationId');
  const engine: RoundChange = {
    kind: 'capacity',
    location: locationKey(roundLocation.locationId),
    capacity: change.capacity,
  };
  if (change.programmeCapacity) {
    checkProgrammes(
      ctx,
      change.programmeCapacity.map((p) => p.programmeId),
      'programmeCapacity',
    );
    const code = new Map(data.programmes.map((p) => [p.id, p.code]));
    engine.programmeCapacity = Object.fromEntries(
      change.programmeCapacity.map((p) => [code.get(p.programmeId)!, p.capacity]),
    );
  }
  return { engine, stored: { ...change, previousCapacity: roundLocation.capacity } };
}

export function proposeRepair(ctx: ServiceContext, input: { roundId: number; change: RepairChange }) {
  const round = requireRound(ctx, input.roundId);
  if (round.status !== 'gepubliceerd') throw new AppError('CONFLICT', 'e.placements.notPublished');
  const data = loadRoundData(ctx, round.id);
  const { engine, stored } = engineChange(ctx, round, input.change, data);
  const engineRound = toEngineRound('optimal', data, { withFixed: false });
  checkEngineRound(engineRound);
  const participantKey = new Map(data.participants.map((p) => [p.id, studentKey(p.studentId)]));
  const locationKeyOf = new Map(data.locations.map((l) => [l.id, locationKey(l.locationId)]));
  const published: Assignment[] = data.assignments
    .filter((a) => participantKey.has(a.participantId))
    .map((a) => ({
      student: participantKey.get(a.participantId)!,
      location: locationKeyOf.get(a.roundLocationId)!,
      supervisor: a.supervisorId === null ? null : supervisorKey(a.supervisorId),
      days: a.days,
    }));
  return startJob(ctx, round, {
    kind: 'repair',
    inputsRevision: round.inputsRevision,
    change: stored,
    audit: { action: 'placement_round.repair.propose', detail: { change: stored } },
    perform: engineThenApply(
      ctx,
      { kind: 'repair', round: engineRound, published, change: engine },
      (tx, output, runId) => storeProposal(tx, data, output, runId),
    ),
  });
}

function storeProposal(tx: Tx, data: RoundData, output: WorkerOutput, runId: number) {
  if (output.kind !== 'repair') throw new AppError('CONFLICT', 'e.placements.engineFailed');
  const { repair } = output;
  const after = new Map(fromEngineAssignments(data, repair.assignments).map((a) => [a.participantId, a]));
  const before = new Map(data.assignments.map((a) => [a.participantId, a]));
  const participantOf = new Map(data.participants.map((p) => [studentKey(p.studentId), p.id]));
  const at = (a: PlacementAt | undefined): PlacementAt | null =>
    a ? { roundLocationId: a.roundLocationId, supervisorId: a.supervisorId, days: a.days } : null;
  const moves: RepairMove[] = [...repair.moved, ...repair.supervisorChanged].flatMap((m) => {
    const participantId = participantOf.get(m.student);
    return participantId === undefined
      ? []
      : [{ participantId, from: at(before.get(participantId)), to: at(after.get(participantId)) }];
  });
  const proposal: RepairProposal = {
    moves,
    stats: { placed: repair.assignments.length, unplaced: repair.unassigned.length, solveMs: repair.stats.solveMs },
  };
  tx.update(placementRuns).set({ result: proposal }).where(eq(placementRuns.id, runId)).run();
}

function requireOpenProposal(ctx: ServiceContext, runId: number) {
  const row = found(
    ctx.db
      .select({ run: placementRuns, round: placementRounds })
      .from(placementRuns)
      .innerJoin(placementRounds, eq(placementRounds.id, placementRuns.roundId))
      .where(
        and(
          eq(placementRuns.id, runId),
          eq(placementRuns.kind, 'repair'),
          eq(placementRounds.partnershipId, ctx.actor.partnershipId),
        ),
      )
      .get(),
  );
  if (row.run.decision !== null) throw new AppError('CONFLICT', 'e.placements.repairDecided');
  if (row.run.state !== 'klaar')
    throw new AppError('CONFLICT', row.run.state === 'mislukt' ? 'e.placements.engineFailed' : 'e.placements.running');
  return row;
}

/** Applies a proposal: the change itself, then only the moves the engine proposed, in one transaction. */
export function applyRepair(ctx: ServiceContext, runId: number) {
  const { run, round } = requireOpenProposal(ctx, runId);
  if (round.inputsRevision !== run.inputsRevision || round.status !== 'gepubliceerd')
    throw new AppError('CONFLICT', 'e.placements.repairStale');
  const change = run.change as StoredChange;
  const proposal = run.result as RepairProposal;
  const now = ctx.clock.now();
  return ctx.db.transaction((tx) => {
    if (change.kind === 'withdraw') {
      tx.update(placementParticipants)
        .set({ withdrawnAt: now, ...claimedBy(ctx, placementParticipants.revision) })
        .where(eq(placementParticipants.id, change.participantId))
        .run();
      tx.delete(placementAssignments).where(eq(placementAssignments.participantId, change.participantId)).run();
    } else {
      const fields = change.programmeCapacity
        ? { capacity: change.capacity, programmeCapacity: change.programmeCapacity }
        : { capacity: change.capacity };
      tx.update(placementRoundLocations)
        .set({ ...fields, ...claimedBy(ctx, placementRoundLocations.revision) })
        .where(eq(placementRoundLocations.id, change.roundLocationId))
        .run();
    }
    for (const m of proposal.moves) {
      if (m.to === null) {
        tx.delete(placementAssignments).where(eq(placementAssignments.participantId, m.participantId)).run();
        continue;
      }
      const row = {
        ...m.to,
        roundId: round.id,
        locked: false,
        source: 'reparatie',
        note: '',
        updatedBy: ctx.actor.userId,
        updatedAt: now,
      };
      tx.insert(placementAssignments)
        .values({ participantId: m.participantId, ...row })
        .onConflictDoUpdate({ target: placementAssignments.participantId, set: row })
        .run();
    }
    // The inputs changed, and the placements now match them: the result stays current.
    inputsChanged(tx, ctx, round.id);
    tx.update(placementRounds)
      .set({ resultRevision: sql`${placementRounds.inputsRevision}` })
      .where(eq(placementRounds.id, round.id))
      .run();
    tx.update(placementRuns)
      .set({ decision: 'toegepast', decidedBy: ctx.actor.userId, decidedAt: now })
      .where(eq(placementRuns.id, runId))
      .run();
    auditAs(ctx, {
      action: 'placement_round.repair.apply',
      subjectType: 'placement_round',
      subjectId: round.id,
      detail: { runId, change, moved: proposal.moves.length },
    });
    return { id: round.id, moved: proposal.moves.length };
  });
}

export function discardRepair(ctx: ServiceContext, runId: number) {
  const { round } = requireOpenProposal(ctx, runId);
  return ctx.db.transaction((tx) => {
    tx.update(placementRuns)
      .set({ decision: 'verworpen', decidedBy: ctx.actor.userId, decidedAt: ctx.clock.now() })
      .where(eq(placementRuns.id, runId))
      .run();
    auditAs(ctx, {
      action: 'placement_round.repair.discard',
      subjectType: 'placement_round',
      subjectId: round.id,
      detail: { runId },
    });
    return { id: round.id };
  });
}
