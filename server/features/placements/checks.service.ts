import { auditAs, type ServiceContext } from '../scope';
import { requireRound } from './access';
import { indexRoundData, loadRoundData } from './round-data';

const NAMED = 10;

/**
 * What will go wrong, said before running and before publishing (issue 14): students without
 * preferences (the engine can place nobody without a list), choices at locations that do not offer the
 * student's programme (never allowed, decision 010), locations with werkbegeleiders none of whom
 * supervises a programme the location offers (nobody of it can be placed there), and — once there is a
 * result — how many students stay unplaced. Names are given for the first few; the view is audited.
 */
export function roundChecks(ctx: ServiceContext, roundId: number) {
  const round = requireRound(ctx, roundId);
  const data = loadRoundData(ctx, roundId);
  const index = indexRoundData(data);
  const name = (id: number) => {
    const p = index.participantById.get(id)!;
    return `${p.firstName} ${p.lastName}`;
  };
  const withoutPreferences = data.participants.filter((p) => (index.preferencesOf.get(p.id) ?? []).length === 0);
  const notOffered = data.participants.flatMap((p) =>
    (index.preferencesOf.get(p.id) ?? []).flatMap((roundLocationId) => {
      const l = index.locationById.get(roundLocationId)!;
      return l.programmeCapacity.some((c) => c.programmeId === p.programmeId)
        ? []
        : [{ participantId: p.id, studentName: name(p.id), locationName: l.name, programmeName: p.programmeName }];
    }),
  );
  const unsupervised = data.locations.flatMap((l) => {
    const supervisors = data.supervisors.filter((s) => s.roundLocationId === l.id);
    if (supervisors.length === 0) return [];
    return l.programmeCapacity
      .filter((c) => c.capacity > 0 && !supervisors.some((s) => s.programmeIds.includes(c.programmeId)))
      .map((c) => ({ locationName: l.name, programmeName: index.programmeById.get(c.programmeId)?.name ?? '' }));
  });
  const hasResult = round.resultRevision !== null;
  const unplaced = data.participants.filter((p) => !index.assignmentOf.has(p.id));
  auditAs(ctx, {
    action: 'placement_round.checks.view',
    subjectType: 'placement_round',
    subjectId: roundId,
    detail: { withoutPreferences: withoutPreferences.length, notOffered: notOffered.length },
  });
  return {
    students: data.participants.length,
    withoutPreferences: {
      count: withoutPreferences.length,
      names: withoutPreferences.slice(0, NAMED).map((p) => name(p.id)),
    },
    notOffered: { count: notOffered.length, first: notOffered.slice(0, NAMED) },
    unsupervised,
    /** Null before the first run: nothing is known about who stays unplaced. */
    unplaced: hasResult ? { count: unplaced.length, names: unplaced.slice(0, NAMED).map((p) => name(p.id)) } : null,
  };
}
