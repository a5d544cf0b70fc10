import { and, asc, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import {
  knowledgeEntries,
  programmes,
  regiegroepActions,
  regiegroepAgendaItems,
  regiegroepDecisions,
  regiegroepMeetings,
} from '../../../db/schema';
import type { decisionInputSchema, decisionUpdateSchema } from '../../../shared/schemas/regiegroep';
import { DECISION_SUBJECTS, type DecisionSubject, type ProgrammeChange } from '../../../shared/domain/regiegroep';
import { formatDutchDate } from '../../../shared/domain/dates';
import { AppError } from '../../errors';
import { audited, found, type ServiceContext } from '../scope';
import { getProgramme } from '../programmes/public';
import { setSignalStatus } from '../mentor-teams/public';
import { matchingIds, setEntryStatus } from '../knowledge/public';
import { requireEditableMeeting, requireHeld, type MeetingRow } from './access';
import { loadRefs, refKey, requireRef } from './refs';

type DecisionFields = Omit<z.output<typeof decisionInputSchema>, 'meetingId'>;
type Tx = Parameters<Parameters<ServiceContext['db']['transaction']>[0]>[0];

/** The subject: stated, or else the agenda item's (when that is a signal, dilemma or principle). */
function resolveSubject(ctx: ServiceContext, meeting: MeetingRow, input: DecisionFields) {
  let subject = input.subjectKind && input.subjectId !== null ? { kind: input.subjectKind, id: input.subjectId } : null;
  if (input.agendaItemId !== null) {
    const item = ctx.db
      .select({ kind: regiegroepAgendaItems.kind, refId: regiegroepAgendaItems.refId })
      .from(regiegroepAgendaItems)
      .where(and(eq(regiegroepAgendaItems.id, input.agendaItemId), eq(regiegroepAgendaItems.meetingId, meeting.id)))
      .get();
    if (!item) throw new AppError('NOT_FOUND', 'e.regiegroep.notOnAgenda', 'agendaItemId');
    if (!subject && item.refId !== null && (DECISION_SUBJECTS as readonly string[]).includes(item.kind))
      subject = { kind: item.kind as DecisionSubject, id: item.refId };
  }
  const ref = subject ? requireRef(ctx, subject.kind, subject.id) : null;
  if (input.programmeId !== null) getProgramme(ctx, input.programmeId);
  return { subject, ref };
}

/**
 * The loop closes here: a decision on a signal means the regiegroep has taken it up (→ "opgepakt"); a
 * decision on a dilemma records that a decision was taken (→ "besluit", on the meeting's day). Both go
 * through their own feature's service, forward only. A principle's ladder is not moved: scaling up
 * needs an adoption somewhere else first, which the decision can ask for as an action.
 */
function closeTheLoop(
  ctx: ServiceContext,
  meeting: MeetingRow,
  subject: { kind: DecisionSubject; id: number } | null,
  status: string | undefined,
) {
  const note = `Besluit regiegroep ${formatDutchDate(meeting.heldOn)}.`;
  if (subject?.kind === 'signaal' && (status === 'nieuw' || status === 'doorgezet'))
    setSignalStatus(ctx, { id: subject.id, status: 'opgepakt', note });
  if (subject?.kind === 'dilemma' && status !== 'besluit' && status !== 'opgelost')
    setEntryStatus(ctx, { id: subject.id, status: 'besluit', note, on: statusDay(ctx, subject.id, meeting.heldOn) });
}

/** The meeting's day, or the entry's last status day when that is later (a status never goes back in time). */
function statusDay(ctx: ServiceContext, entryId: number, day: string): string {
  const statusOn = ctx.db
    .select({ on: knowledgeEntries.statusOn })
    .from(knowledgeEntries)
    .where(eq(knowledgeEntries.id, entryId))
    .get()?.on;
  return statusOn && statusOn > day ? statusOn : day;
}

function fieldsOf(input: DecisionFields, subject: { kind: DecisionSubject; id: number } | null) {
  return {
    agendaItemId: input.agendaItemId,
    subjectKind: subject?.kind ?? null,
    subjectId: subject?.id ?? null,
    text: input.text,
    programmeId: input.programmeId,
    programmeChange: input.programmeChange,
    programmeChangeNote: input.programmeId === null ? '' : input.programmeChangeNote,
  };
}

/** Records a decision of a held meeting, traced to its subject, and moves the subject on. One transaction. */
export function recordDecision(ctx: ServiceContext, input: z.output<typeof decisionInputSchema>) {
  const meeting = requireEditableMeeting(ctx, input.meetingId);
  requireHeld(ctx, meeting);
  const { subject, ref } = resolveSubject(ctx, meeting, input);
  const now = ctx.clock.now();
  return audited(ctx, 'regiegroep_decision.create', 'regiegroep_decision', (tx: Tx) => {
    const row = tx
      .insert(regiegroepDecisions)
      .values({
        ...fieldsOf(input, subject),
        partnershipId: ctx.actor.partnershipId,
        meetingId: meeting.id,
        createdBy: ctx.actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: regiegroepDecisions.id })
      .get();
    if (meeting.status === 'gepland')
      tx.update(regiegroepMeetings)
        .set({ status: 'gehouden', updatedAt: now })
        .where(eq(regiegroepMeetings.id, meeting.id))
        .run();
    closeTheLoop(ctx, meeting, subject, ref?.status);
    return row;
  });
}

export function requireDecision(ctx: ServiceContext, id: number) {
  return found(
    ctx.db
      .select({ id: regiegroepDecisions.id, meetingId: regiegroepDecisions.meetingId })
      .from(regiegroepDecisions)
      .where(and(eq(regiegroepDecisions.id, id), eq(regiegroepDecisions.partnershipId, ctx.actor.partnershipId)))
      .get(),
  );
}

export function updateDecision(ctx: ServiceContext, input: z.output<typeof decisionUpdateSchema>) {
  const decision = requireDecision(ctx, input.id);
  const meeting = requireEditableMeeting(ctx, decision.meetingId);
  const { subject, ref } = resolveSubject(ctx, meeting, input);
  return audited(ctx, 'regiegroep_decision.update', 'regiegroep_decision', (tx: Tx) => {
    tx.update(regiegroepDecisions)
      .set({ ...fieldsOf(input, subject), updatedAt: ctx.clock.now() })
      .where(eq(regiegroepDecisions.id, decision.id))
      .run();
    closeTheLoop(ctx, meeting, subject, ref?.status);
    return { id: decision.id };
  });
}

/** Removes a decision; its actions stay (they were handed out) but no longer point at it. */
export function removeDecision(ctx: ServiceContext, id: number) {
  const decision = requireDecision(ctx, id);
  requireEditableMeeting(ctx, decision.meetingId);
  return audited(ctx, 'regiegroep_decision.remove', 'regiegroep_decision', (tx: Tx) => {
    tx.delete(regiegroepDecisions).where(eq(regiegroepDecisions.id, id)).run();
    return { id };
  });
}

/** The decisions register: every decision, newest meeting first, traced to its subject and programme. */
export function listDecisions(ctx: ServiceContext, q = '') {
  const { db, actor } = ctx;
  const searched = matchingIds('regiegroep_decision_fts', regiegroepDecisions.id, q, actor.partnershipId);
  const rows = db
    .select({
      id: regiegroepDecisions.id,
      text: regiegroepDecisions.text,
      meetingId: regiegroepMeetings.id,
      heldOn: regiegroepMeetings.heldOn,
      meetingTitle: regiegroepMeetings.title,
      subjectKind: regiegroepDecisions.subjectKind,
      subjectId: regiegroepDecisions.subjectId,
      programmeName: programmes.name,
      programmeChange: regiegroepDecisions.programmeChange,
      programmeChangeNote: regiegroepDecisions.programmeChangeNote,
      actions: db.$count(regiegroepActions, eq(regiegroepActions.decisionId, regiegroepDecisions.id)),
    })
    .from(regiegroepDecisions)
    .innerJoin(regiegroepMeetings, eq(regiegroepMeetings.id, regiegroepDecisions.meetingId))
    .leftJoin(programmes, eq(programmes.id, regiegroepDecisions.programmeId))
    .where(and(eq(regiegroepDecisions.partnershipId, actor.partnershipId), searched ?? undefined))
    .orderBy(desc(regiegroepMeetings.heldOn), asc(regiegroepDecisions.id))
    .all();
  const refs = loadRefs(
    ctx,
    rows.map((r) => ({ kind: r.subjectKind ?? '', refId: r.subjectId })),
  );
  return rows.map((r) => ({
    ...r,
    subjectKind: r.subjectKind as DecisionSubject | null,
    programmeChange: r.programmeChange as ProgrammeChange | null,
    subject: r.subjectKind && r.subjectId !== null ? (refs.get(refKey(r.subjectKind, r.subjectId)) ?? null) : null,
  }));
}
