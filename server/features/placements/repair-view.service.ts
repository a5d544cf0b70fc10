import { eq } from 'drizzle-orm';
import { placementParticipants, placementRuns, students } from '../../../db/schema';
import { auditAs, type ServiceContext } from '../scope';
import { requireRound } from './access';
import type { Objective } from '../../../shared/domain/placements';
import { freedSeatCandidates } from './freed-seat';
import { indexRoundData, loadRoundData, type RoundData, type RoundIndex } from './round-data';
import { occupancyOf } from './room';
import { latestRun, type RunInfo } from './run-state';
import type { PlacementAt, RepairProposal, StoredChange } from './repair.service';

function describeAt(index: RoundIndex, at: PlacementAt | null) {
  if (!at) return null;
  const supervisor = at.supervisorId !== null ? index.supervisorById.get(at.supervisorId) : undefined;
  return {
    locationName: index.locationById.get(at.roundLocationId)?.name ?? '',
    supervisorName: supervisor?.name ?? null,
    days: at.days,
  };
}

/**
 * The latest repair of a round: the change, and for each student who would move their place before
 * and after — what the projectleider confirms. Names of students: the view is audited.
 */
export function repairProposal(ctx: ServiceContext, roundId: number) {
  const round = requireRound(ctx, roundId);
  const run = latestRun(ctx, roundId, 'repair');
  if (!run) return null;
  const row = ctx.db
    .select({ change: placementRuns.change, result: placementRuns.result })
    .from(placementRuns)
    .where(eq(placementRuns.id, run.id))
    .get()!;
  const change = row.change as StoredChange;
  const data = loadRoundData(ctx, roundId);
  const index = indexRoundData(data);
  const nameOf = (participantId: number) => {
    const p = index.participantById.get(participantId);
    if (p) return `${p.firstName} ${p.lastName}`;
    // A withdrawn student is no longer in the round's data, but the proposal still names them.
    const gone = ctx.db
      .select({ first: students.firstName, last: students.lastName })
      .from(placementParticipants)
      .innerJoin(students, eq(students.id, placementParticipants.studentId))
      .where(eq(placementParticipants.id, participantId))
      .get();
    return gone ? `${gone.first} ${gone.last}` : '';
  };
  const proposal = run.state === 'klaar' ? (row.result as RepairProposal) : null;
  auditAs(ctx, {
    action: 'placement_round.repair.view',
    subjectType: 'placement_round',
    subjectId: roundId,
    detail: { runId: run.id },
  });
  const current = run.inputsRevision === round.inputsRevision;
  return {
    run,
    current,
    state: proposalState(run, current),
    freedSeat: freedSeat(data, index, change, proposal, run, round.objective as Objective),
    change:
      change.kind === 'withdraw'
        ? { kind: 'withdraw' as const, studentName: nameOf(change.participantId) }
        : {
            kind: 'capacity' as const,
            locationName: index.locationById.get(change.roundLocationId)?.name ?? '',
            from: change.previousCapacity ?? null,
            to: change.capacity,
          },
    moves: (proposal?.moves ?? []).map((m) => ({
      participantId: m.participantId,
      name: nameOf(m.participantId),
      from: describeAt(index, m.from),
      to: describeAt(index, m.to),
      rankBefore: m.from ? index.rankOf(m.participantId, m.from.roundLocationId) : null,
      rankAfter: m.to ? index.rankOf(m.participantId, m.to.roundLocationId) : null,
    })),
    stats: proposal?.stats ?? null,
  };
}

/**
 * One true status of a proposal: a decision, once made, is the status (an applied repair changes the
 * round, so "changed since this proposal" would always be true after it and is not said then).
 */
export type ProposalState = 'bezig' | 'mislukt' | 'open' | 'verouderd' | 'toegepast' | 'verworpen';
function proposalState(run: RunInfo, current: boolean): ProposalState {
  if (run.decision === 'toegepast' || run.decision === 'verworpen') return run.decision;
  if (run.state === 'mislukt') return 'mislukt';
  if (run.state !== 'klaar') return 'bezig';
  return current ? 'open' : 'verouderd';
}

/**
 * The seat a withdrawal frees, when the proposal leaves it empty, with the waiting students who could
 * take it (freed-seat.ts). Before the proposal is applied it is counted as if applied.
 */
function freedSeat(
  data: RoundData,
  index: RoundIndex,
  change: StoredChange,
  proposal: RepairProposal | null,
  run: RunInfo,
  objective: Objective,
) {
  if (change.kind !== 'withdraw' || !proposal || run.decision === 'verworpen') return null;
  const roundLocationId = change.freedRoundLocationId ?? null;
  if (roundLocationId === null) return null;
  const occupancy = occupancyOf(data);
  if (run.decision === null) {
    occupancy.delete(change.participantId);
    for (const m of proposal.moves)
      if (m.to)
        occupancy.set(m.participantId, { roundLocationId: m.to.roundLocationId, supervisorId: m.to.supervisorId });
      else occupancy.delete(m.participantId);
  }
  const candidates = freedSeatCandidates(data, index, occupancy, roundLocationId, objective, change.participantId);
  if (candidates.length === 0) return null;
  return {
    roundLocationId,
    locationName: index.locationById.get(roundLocationId)?.name ?? '',
    candidates: candidates.slice(0, 20),
    more: Math.max(0, candidates.length - 20),
  };
}
