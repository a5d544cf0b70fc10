import { and, asc, count, desc, eq, inArray, lt, ne } from 'drizzle-orm';
import {
  adoptions,
  knowledgeEntries,
  knowledgePrinciples,
  mentorTeams,
  programmes,
  regiegroepActions,
  regiegroepAgendaItems,
  regiegroepDecisions,
  regiegroepMeetings,
  regiegroepTrends,
  signals,
  topLocations,
  users,
} from '../../../db/schema';
import {
  isOverdue,
  type ActionStatus,
  type AgendaKind,
  type DecisionSubject,
  type MeetingStatus,
  type ProgrammeChange,
} from '../../../shared/domain/regiegroep';
import type { ServiceContext } from '../scope';
import { canSteer, ownerOptions, requireMeeting, todayOf } from './access';
import { loadRefs, refKey } from './refs';
import { shownCount } from './small-groups';

/**
 * What the agenda could hold, from the platform: signals new or passed on to the regiegroep, open
 * dilemmas (open or discussed, not yet decided), principles ready to scale (beproefd, with an adoption
 * at another TOP-locatie) and overdue actions. What is on this agenda already is left out.
 */
export function agendaProposals(ctx: ServiceContext, onAgenda: Set<string>) {
  const { db, actor } = ctx;
  const today = todayOf(ctx);
  const signalRows = db
    .select({
      id: signals.id,
      title: signals.title,
      status: signals.status,
      teamName: mentorTeams.name,
      studentCount: signals.studentCount,
      weeksSeen: signals.weeksSeen,
    })
    .from(signals)
    .innerJoin(mentorTeams, eq(mentorTeams.id, signals.teamId))
    .where(and(eq(signals.partnershipId, actor.partnershipId), inArray(signals.status, ['nieuw', 'doorgezet'])))
    .orderBy(desc(signals.lastSeenYear), desc(signals.lastSeenWeek))
    .all();
  const dilemmas = db
    .select({
      id: knowledgeEntries.id,
      title: knowledgeEntries.title,
      status: knowledgeEntries.status,
      occurredOn: knowledgeEntries.occurredOn,
    })
    .from(knowledgeEntries)
    .where(
      and(
        eq(knowledgeEntries.partnershipId, actor.partnershipId),
        eq(knowledgeEntries.type, 'dilemma'),
        inArray(knowledgeEntries.status, ['open', 'besproken']),
      ),
    )
    .orderBy(desc(knowledgeEntries.occurredOn))
    .all();
  // Each principle's own adoptions, at locations of this partnership. (A correlated subquery in a
  // single-table select lost its table names and counted every adoption for every principle.)
  const principles = db
    .select({ id: knowledgePrinciples.id, title: knowledgePrinciples.statement, adoptions: count(adoptions.id) })
    .from(knowledgePrinciples)
    .innerJoin(adoptions, eq(adoptions.principleId, knowledgePrinciples.id))
    .innerJoin(
      topLocations,
      and(eq(topLocations.id, adoptions.locationId), eq(topLocations.partnershipId, actor.partnershipId)),
    )
    .where(
      and(eq(knowledgePrinciples.partnershipId, actor.partnershipId), eq(knowledgePrinciples.maturity, 'beproefd')),
    )
    .groupBy(knowledgePrinciples.id)
    .orderBy(asc(knowledgePrinciples.statement))
    .all();
  const overdue = db
    .select({
      id: regiegroepActions.id,
      title: regiegroepActions.title,
      ownerName: users.name,
      dueOn: regiegroepActions.dueOn,
    })
    .from(regiegroepActions)
    .innerJoin(users, eq(users.id, regiegroepActions.ownerUserId))
    .where(
      and(
        eq(regiegroepActions.partnershipId, actor.partnershipId),
        ne(regiegroepActions.status, 'afgerond'),
        lt(regiegroepActions.dueOn, today),
      ),
    )
    .orderBy(asc(regiegroepActions.dueOn))
    .all();
  const fresh = <T extends { id: number }>(kind: AgendaKind, rows: T[]) =>
    rows.filter((r) => !onAgenda.has(refKey(kind, r.id)));
  return {
    signals: fresh('signaal', signalRows).map(({ studentCount, ...s }) => ({
      ...s,
      students: shownCount(studentCount),
    })),
    dilemmas: fresh('dilemma', dilemmas),
    principles: fresh('principe', principles),
    actions: fresh('actiepunt', overdue),
  };
}

/** A meeting with its agenda, what could be added, decisions (traced), actions, trends, and the choices of its forms. */
export function getMeeting(ctx: ServiceContext, id: number) {
  const { db, actor } = ctx;
  const meeting = requireMeeting(ctx, id);
  const today = todayOf(ctx);
  const items = db
    .select({
      id: regiegroepAgendaItems.id,
      revision: regiegroepAgendaItems.revision,
      position: regiegroepAgendaItems.position,
      kind: regiegroepAgendaItems.kind,
      refId: regiegroepAgendaItems.refId,
      title: regiegroepAgendaItems.title,
      note: regiegroepAgendaItems.note,
    })
    .from(regiegroepAgendaItems)
    .where(eq(regiegroepAgendaItems.meetingId, id))
    .orderBy(asc(regiegroepAgendaItems.position), asc(regiegroepAgendaItems.id))
    .all();
  const decisions = db
    .select({
      id: regiegroepDecisions.id,
      revision: regiegroepDecisions.revision,
      text: regiegroepDecisions.text,
      agendaItemId: regiegroepDecisions.agendaItemId,
      subjectKind: regiegroepDecisions.subjectKind,
      subjectId: regiegroepDecisions.subjectId,
      programmeId: regiegroepDecisions.programmeId,
      programmeName: programmes.name,
      programmeChange: regiegroepDecisions.programmeChange,
      programmeChangeNote: regiegroepDecisions.programmeChangeNote,
    })
    .from(regiegroepDecisions)
    .leftJoin(programmes, eq(programmes.id, regiegroepDecisions.programmeId))
    .where(eq(regiegroepDecisions.meetingId, id))
    .orderBy(asc(regiegroepDecisions.id))
    .all();
  const actions = db
    .select({
      id: regiegroepActions.id,
      revision: regiegroepActions.revision,
      title: regiegroepActions.title,
      ownerUserId: regiegroepActions.ownerUserId,
      ownerName: users.name,
      dueOn: regiegroepActions.dueOn,
      status: regiegroepActions.status,
      doneOn: regiegroepActions.doneOn,
      decisionId: regiegroepActions.decisionId,
    })
    .from(regiegroepActions)
    .innerJoin(users, eq(users.id, regiegroepActions.ownerUserId))
    .where(eq(regiegroepActions.meetingId, id))
    .orderBy(asc(regiegroepActions.dueOn), asc(regiegroepActions.id))
    .all();
  // Open action points of earlier meetings: the pack follows them up until they are done.
  const openEarlier = db
    .select({
      id: regiegroepActions.id,
      revision: regiegroepActions.revision,
      title: regiegroepActions.title,
      ownerName: users.name,
      dueOn: regiegroepActions.dueOn,
      status: regiegroepActions.status,
      doneOn: regiegroepActions.doneOn,
      meetingTitle: regiegroepMeetings.title,
      meetingHeldOn: regiegroepMeetings.heldOn,
    })
    .from(regiegroepActions)
    .innerJoin(users, eq(users.id, regiegroepActions.ownerUserId))
    .innerJoin(regiegroepMeetings, eq(regiegroepMeetings.id, regiegroepActions.meetingId))
    .where(
      and(
        eq(regiegroepActions.partnershipId, actor.partnershipId),
        ne(regiegroepActions.status, 'afgerond'),
        lt(regiegroepMeetings.heldOn, meeting.heldOn),
      ),
    )
    .orderBy(asc(regiegroepActions.dueOn), asc(regiegroepActions.id))
    .all();
  const trends = db
    .select({
      id: regiegroepTrends.id,
      title: regiegroepTrends.title,
      circle: regiegroepTrends.circle,
      description: regiegroepTrends.description,
      implication: regiegroepTrends.implication,
    })
    .from(regiegroepTrends)
    .where(eq(regiegroepTrends.meetingId, id))
    .orderBy(asc(regiegroepTrends.id))
    .all();
  const refs = loadRefs(ctx, [...items, ...decisions.map((d) => ({ kind: d.subjectKind ?? '', refId: d.subjectId }))]);
  const editable = canSteer(ctx) && meeting.status !== 'geannuleerd';
  return {
    meeting: { ...meeting, status: meeting.status as MeetingStatus },
    today,
    canEdit: editable,
    canDecide: editable && meeting.heldOn <= today,
    agenda: items.map((i) => ({
      ...i,
      kind: i.kind as AgendaKind,
      ref: i.refId !== null ? (refs.get(refKey(i.kind, i.refId)) ?? null) : null,
    })),
    proposals: editable
      ? agendaProposals(ctx, new Set(items.filter((i) => i.refId !== null).map((i) => refKey(i.kind, i.refId!))))
      : null,
    decisions: decisions.map((d) => ({
      ...d,
      subjectKind: d.subjectKind as DecisionSubject | null,
      programmeChange: d.programmeChange as ProgrammeChange | null,
      subject: d.subjectKind && d.subjectId !== null ? (refs.get(refKey(d.subjectKind, d.subjectId)) ?? null) : null,
    })),
    actions: actions.map((a) => ({ ...a, status: a.status as ActionStatus, overdue: isOverdue(a, today) })),
    openEarlierActions: openEarlier.map((a) => ({
      ...a,
      status: a.status as ActionStatus,
      overdue: isOverdue(a, today),
    })),
    trends,
    options: editable
      ? {
          owners: ownerOptions(ctx),
          programmes: db
            .select({ id: programmes.id, name: programmes.name })
            .from(programmes)
            .where(eq(programmes.partnershipId, actor.partnershipId))
            .orderBy(asc(programmes.name))
            .all(),
        }
      : { owners: [], programmes: [] },
  };
}
