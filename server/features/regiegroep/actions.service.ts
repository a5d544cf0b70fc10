import { and, asc, eq, ne, type SQL, lt } from 'drizzle-orm';
import type { z } from 'zod';
import { regiegroepActions, regiegroepDecisions, regiegroepMeetings, users } from '../../../db/schema';
import type {
  actionInputSchema,
  actionListSchema,
  actionStatusSchema,
  actionUpdateSchema,
} from '../../../shared/schemas/regiegroep';
import { isOverdue, type ActionStatus } from '../../../shared/domain/regiegroep';
import { addDays } from '../../../shared/domain/dates';
import { AppError } from '../../errors';
import { audited, found, revised, type ServiceContext } from '../scope';
import {
  canSteer,
  requireEditableMeeting,
  requireMeeting,
  requireOwner,
  requireSteering,
  todayOf,
  type MeetingRow,
} from './access';
import { notifyActionAssigned } from '../mail/public';

/** Due on or after the meeting's day, and within three years of it. */
function checkDue(meeting: MeetingRow, dueOn: string) {
  if (dueOn < meeting.heldOn) throw new AppError('BAD_REQUEST', 'v.regiegroep.dueBeforeMeeting', 'dueOn');
  if (dueOn > addDays(meeting.heldOn, 3 * 366)) throw new AppError('BAD_REQUEST', 'v.regiegroep.dueTooFar', 'dueOn');
}

function checkDecision(ctx: ServiceContext, meeting: MeetingRow, decisionId: number | null) {
  if (decisionId === null) return;
  const decision = ctx.db
    .select({ id: regiegroepDecisions.id })
    .from(regiegroepDecisions)
    .where(and(eq(regiegroepDecisions.id, decisionId), eq(regiegroepDecisions.meetingId, meeting.id)))
    .get();
  if (!decision) throw new AppError('BAD_REQUEST', 'e.regiegroep.decisionMeeting', 'decisionId');
}

/** Hands out an action at a meeting: an owner of the partnership, a due date, open. */
export function addAction(ctx: ServiceContext, input: z.output<typeof actionInputSchema>) {
  const meeting = requireEditableMeeting(ctx, input.meetingId);
  requireOwner(ctx, input.ownerUserId);
  checkDue(meeting, input.dueOn);
  checkDecision(ctx, meeting, input.decisionId);
  const now = ctx.clock.now();
  return audited(ctx, 'regiegroep_action.create', 'regiegroep_action', (tx) => {
    const row = tx
      .insert(regiegroepActions)
      .values({
        ...input,
        partnershipId: ctx.actor.partnershipId,
        status: 'open',
        createdBy: ctx.actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: regiegroepActions.id })
      .get();
    notifyActionAssigned(tx, ctx.clock, row.id);
    return row;
  });
}

function requireAction(ctx: ServiceContext, id: number) {
  return found(
    ctx.db
      .select({
        id: regiegroepActions.id,
        meetingId: regiegroepActions.meetingId,
        ownerUserId: regiegroepActions.ownerUserId,
        status: regiegroepActions.status,
        doneOn: regiegroepActions.doneOn,
      })
      .from(regiegroepActions)
      .where(and(eq(regiegroepActions.id, id), eq(regiegroepActions.partnershipId, ctx.actor.partnershipId)))
      .get(),
  );
}

/** Done gets today's date; reopened loses it. */
const doneOnFor = (ctx: ServiceContext, status: ActionStatus, previous: string | null) =>
  status === 'afgerond' ? (previous ?? todayOf(ctx)) : null;

export function updateAction(ctx: ServiceContext, input: z.output<typeof actionUpdateSchema>) {
  requireSteering(ctx);
  const action = requireAction(ctx, input.id);
  const meeting = requireMeeting(ctx, action.meetingId);
  requireOwner(ctx, input.ownerUserId);
  checkDue(meeting, input.dueOn);
  checkDecision(ctx, meeting, input.decisionId);
  const { id, revision: read, ...fields } = input;
  return audited(ctx, 'regiegroep_action.update', 'regiegroep_action', (tx) => {
    const revision = revised(ctx, 'regiegroep_action', id, read);
    tx.update(regiegroepActions)
      .set({ ...fields, doneOn: doneOnFor(ctx, input.status, action.doneOn) })
      .where(eq(regiegroepActions.id, id))
      .run();
    if (input.ownerUserId !== action.ownerUserId) notifyActionAssigned(tx, ctx.clock, id);
    return { id, revision };
  });
}

/** The owner keeps their own action up to date; the chair and the projectleider may too. */
export function setActionStatus(ctx: ServiceContext, input: z.output<typeof actionStatusSchema>) {
  const action = requireAction(ctx, input.id);
  if (action.ownerUserId !== ctx.actor.userId && !canSteer(ctx))
    throw new AppError('FORBIDDEN', 'e.regiegroep.notOwner');
  return audited(ctx, 'regiegroep_action.status', 'regiegroep_action', (tx) => {
    const revision = revised(ctx, 'regiegroep_action', action.id, input.revision);
    tx.update(regiegroepActions)
      .set({ status: input.status, doneOn: doneOnFor(ctx, input.status, action.doneOn) })
      .where(eq(regiegroepActions.id, action.id))
      .run();
    return { id: action.id, status: input.status, revision };
  });
}

export function removeAction(ctx: ServiceContext, { id, revision }: { id: number; revision: number }) {
  requireSteering(ctx);
  const action = requireAction(ctx, id);
  return audited(ctx, 'regiegroep_action.remove', 'regiegroep_action', (tx) => {
    revised(ctx, 'regiegroep_action', action.id, revision);
    tx.delete(regiegroepActions).where(eq(regiegroepActions.id, action.id)).run();
    return { id };
  });
}

function actionRows(ctx: ServiceContext, conditions: SQL[]) {
  const today = todayOf(ctx);
  return ctx.db
    .select({
      id: regiegroepActions.id,
      revision: regiegroepActions.revision,
      title: regiegroepActions.title,
      ownerUserId: regiegroepActions.ownerUserId,
      ownerName: users.name,
      dueOn: regiegroepActions.dueOn,
      status: regiegroepActions.status,
      doneOn: regiegroepActions.doneOn,
      meetingId: regiegroepMeetings.id,
      meetingHeldOn: regiegroepMeetings.heldOn,
      meetingTitle: regiegroepMeetings.title,
      decisionText: regiegroepDecisions.text,
    })
    .from(regiegroepActions)
    .innerJoin(users, eq(users.id, regiegroepActions.ownerUserId))
    .innerJoin(regiegroepMeetings, eq(regiegroepMeetings.id, regiegroepActions.meetingId))
    .leftJoin(regiegroepDecisions, eq(regiegroepDecisions.id, regiegroepActions.decisionId))
    .where(and(eq(regiegroepActions.partnershipId, ctx.actor.partnershipId), ...conditions))
    .orderBy(asc(regiegroepActions.dueOn), asc(regiegroepActions.id))
    .all()
    .map((a) => ({ ...a, status: a.status as ActionStatus, overdue: isOverdue(a, today) }));
}

/** Every action of the regiegroep, overdue ones flagged; optionally only the overdue ones or one status. */
export function listActions(ctx: ServiceContext, filter: z.output<typeof actionListSchema>) {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(regiegroepActions.status, filter.status));
  if (filter.overdue)
    conditions.push(ne(regiegroepActions.status, 'afgerond'), lt(regiegroepActions.dueOn, todayOf(ctx)));
  return { canEdit: canSteer(ctx), actions: actionRows(ctx, conditions) };
}

/** The actions the person owns, whatever their role: open and overdue first. */
export function myActions(ctx: ServiceContext) {
  return actionRows(ctx, [eq(regiegroepActions.ownerUserId, ctx.actor.userId)]).sort(
    (a, b) => Number(a.status === 'afgerond') - Number(b.status === 'afgerond'),
  );
}
