import type { Objective } from '../../../shared/domain/placements';
import { auditAs, type ServiceContext } from '../scope';
import { cachedRead } from '../../cache/read-cache';
import type { ResultsPage } from '../../../shared/schemas/placements';
import { requireParticipant, requireRound } from './access';
import { explanationOf } from './explanation';
import { indexRoundData, loadRoundData, type RoundData, type RoundIndex } from './round-data';
import { occupancyOf, roomAt } from './room';

/** One line per student: where they are placed (or not), with whom, on which days, and at which rank. */
export function resultRows(data: RoundData, index: RoundIndex) {
  return data.participants.map((p) => {
    const a = index.assignmentOf.get(p.id);
    const location = a ? index.locationById.get(a.roundLocationId) : undefined;
    return {
      participantId: p.id,
      name: `${p.firstName} ${p.lastName}`,
      studentNumber: p.studentNumber ?? '',
      programmeName: p.programmeName,
      roundLocationId: a?.roundLocationId ?? null,
      locationName: location?.name ?? null,
      supervisorName: a?.supervisorId != null ? (index.supervisorById.get(a.supervisorId)?.name ?? null) : null,
      days: a?.days ?? [],
      rank: a ? index.rankOf(p.id, a.roundLocationId) : null,
      choices: index.preferencesOf.get(p.id)?.length ?? 0,
      locked: a?.locked ?? false,
      source: a?.source ?? null,
    };
  });
}

export type ResultRow = ReturnType<typeof resultRows>[number];

/** A round's result rows, computed once per change of the data (server/cache/read-cache.ts). */
function cachedResultRows(ctx: ServiceContext, roundId: number): readonly ResultRow[] {
  return cachedRead(ctx.db, `placements.resultRows|${ctx.actor.partnershipId}|${roundId}`, () => {
    const data = loadRoundData(ctx, roundId);
    return resultRows(data, indexRoundData(data));
  });
}

/** The result of a round for the projectleider (and the beheerder, reading). Audited: names and places. */
export function roundResults(ctx: ServiceContext, roundId: number): ResultRow[] {
  requireRound(ctx, roundId);
  const rows = cachedResultRows(ctx, roundId);
  auditAs(ctx, {
    action: 'placement_round.results.view',
    subjectType: 'placement_round',
    subjectId: roundId,
    detail: { students: rows.length },
  });
  return [...rows];
}

/**
 * One page of the result list, for the screen: a round can hold thousands of students, and a table of
 * thousands of rows is slow to send, slow to render and impossible to read. Search matches name,
 * student number and location. The counts are of the whole round. Audited per page viewed.
 */
export function roundResultsPage(ctx: ServiceContext, input: ResultsPage) {
  // is the round ours? kept like the rows themselves (a round of another partnership is thrown, never kept)
  cachedRead(ctx.db, `placements.round|${ctx.actor.partnershipId}|${input.roundId}`, () =>
    requireRound(ctx, input.roundId),
  );
  // the page itself is kept too (as its JSON): a list paged through is asked for again and again
  const answer = cachedRead(ctx.db, `placements.resultsPage|${ctx.actor.partnershipId}|${JSON.stringify(input)}`, () =>
    resultsPageOf(cachedResultRows(ctx, input.roundId), input),
  );
  auditAs(ctx, {
    action: 'placement_round.results.view',
    subjectType: 'placement_round',
    subjectId: input.roundId,
    detail: { students: answer.rows.length, page: answer.page },
  });
  return answer;
}

function resultsPageOf(all: readonly ResultRow[], input: ResultsPage) {
  const needle = input.search.toLocaleLowerCase('nl');
  const matches = (r: ResultRow) =>
    (!input.onlyUnplaced || r.roundLocationId === null) &&
    (needle === '' ||
      r.name.toLocaleLowerCase('nl').includes(needle) ||
      r.studentNumber.toLocaleLowerCase('nl').includes(needle) ||
      (r.locationName ?? '').toLocaleLowerCase('nl').includes(needle));
  const filtered = input.onlyUnplaced || needle !== '' ? all.filter(matches) : all;
  const pageCount = Math.max(1, Math.ceil(filtered.length / input.pageSize));
  const page = Math.min(input.page, pageCount);
  const rows = filtered.slice((page - 1) * input.pageSize, page * input.pageSize);
  const unplaced = all.reduce((n, r) => n + (r.roundLocationId === null ? 1 : 0), 0);
  return {
    rows,
    matching: filtered.length,
    total: all.length,
    placed: all.length - unplaced,
    unplaced,
    page,
    pageCount,
    pageSize: input.pageSize,
  };
}

/** "Waarom deze plek?" for one student, with the choices an override can make. Audited. */
export function participantExplanation(ctx: ServiceContext, participantId: number) {
  const { round } = requireParticipant(ctx, participantId);
  const data = loadRoundData(ctx, round.id);
  const index = indexRoundData(data);
  const participant = index.participantById.get(participantId);
  auditAs(ctx, {
    action: 'placement.explanation.view',
    subjectType: 'placement_participant',
    subjectId: participantId,
  });
  const round_ = { id: round.id, name: round.name, status: round.status, objective: round.objective as Objective };
  if (!participant) return { round: round_, withdrawn: true as const };
  // For the override: per location the room for this student, and the limit that blocks (room.ts).
  const occupancy = occupancyOf(data);
  const locations = data.locations.map((l) => {
    const room = roomAt(data, index, occupancy, l.id, participant.programmeId, participantId);
    return {
      id: l.id,
      name: l.name,
      openDays: l.openDays,
      offersProgramme: room.block !== 'notOffered',
      block: room.block,
      total: room.total,
      programme: room.programme,
      supervisors: room.supervisors.map((s) => ({
        id: s.id,
        name: s.name,
        supervisesProgramme: s.supervises,
        used: s.used,
        capacity: s.capacity,
      })),
    };
  });
  return {
    round: round_,
    withdrawn: false as const,
    explanation: explanationOf(data, index, participantId, round_.objective),
    locations,
  };
}

/** Per TOP-locatie: capacity, werkbegeleiders with their load, and the students placed there. Audited. */
export function locationLists(ctx: ServiceContext, roundId: number) {
  requireRound(ctx, roundId);
  const data = loadRoundData(ctx, roundId);
  const index = indexRoundData(data);
  const rows = resultRows(data, index);
  const lists = data.locations.map((l) => {
    const placed = rows.filter((r) => r.roundLocationId === l.id);
    return {
      id: l.id,
      name: l.name,
      capacity: l.capacity,
      supervisors: data.supervisors
        .filter((s) => s.roundLocationId === l.id)
        .map((s) => ({
          id: s.id,
          name: s.name,
          capacity: s.capacity,
          load: data.assignments.filter((a) => a.supervisorId === s.id).length,
        })),
      students: placed.map(({ participantId, name, programmeName, supervisorName, days, rank, locked }) => ({
        participantId,
        name,
        programmeName,
        supervisorName,
        days,
        rank,
        locked,
      })),
    };
  });
  auditAs(ctx, { action: 'placement_round.locations.view', subjectType: 'placement_round', subjectId: roundId });
  return lists;
}
