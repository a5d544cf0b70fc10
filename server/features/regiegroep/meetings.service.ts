import { and, count, desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import {
  regiegroepActions,
  regiegroepAgendaItems,
  regiegroepDecisions,
  regiegroepMeetings,
  regiegroepTrends,
} from '../../../db/schema';
import type { meetingInputSchema, meetingUpdateSchema } from '../../../shared/schemas/regiegroep';
import type { MeetingStatus } from '../../../shared/domain/regiegroep';
import { AppError } from '../../errors';
import { audited, revised, type ServiceContext } from '../scope';
import { canSteer, groupSettings, requireMeeting, requireSteering, todayOf } from './access';

/** Every meeting, newest first, with what it holds. */
export function listMeetings(ctx: ServiceContext) {
  const { db, actor } = ctx;
  const meetings = db
    .select({
      id: regiegroepMeetings.id,
      heldOn: regiegroepMeetings.heldOn,
      startsAt: regiegroepMeetings.startsAt,
      place: regiegroepMeetings.place,
      title: regiegroepMeetings.title,
      status: regiegroepMeetings.status,
    })
    .from(regiegroepMeetings)
    .where(eq(regiegroepMeetings.partnershipId, actor.partnershipId))
    .orderBy(desc(regiegroepMeetings.heldOn), desc(regiegroepMeetings.id))
    .all();
  const ids = meetings.map((m) => m.id);
  const countBy = (
    table:
      typeof regiegroepAgendaItems | typeof regiegroepDecisions | typeof regiegroepActions | typeof regiegroepTrends,
  ) =>
    new Map(
      ids.length
        ? db
            .select({ meetingId: table.meetingId, n: count() })
            .from(table)
            .where(inArray(table.meetingId, ids))
            .groupBy(table.meetingId)
            .all()
            .map((r) => [r.meetingId, r.n])
        : [],
    );
  const items = countBy(regiegroepAgendaItems);
  const decisions = countBy(regiegroepDecisions);
  const actions = countBy(regiegroepActions);
  const trends = countBy(regiegroepTrends);
  return {
    meetingsPerYear: groupSettings(ctx).meetingsPerYear,
    canEdit: canSteer(ctx),
    today: todayOf(ctx),
    meetings: meetings.map((m) => ({
      ...m,
      status: m.status as MeetingStatus,
      agendaItems: items.get(m.id) ?? 0,
      decisions: decisions.get(m.id) ?? 0,
      actions: actions.get(m.id) ?? 0,
      trends: trends.get(m.id) ?? 0,
    })),
  };
}

/** Schedules a meeting; it starts "gepland". */
export function createMeeting(ctx: ServiceContext, input: z.output<typeof meetingInputSchema>) {
  requireSteering(ctx);
  const now = ctx.clock.now();
  return audited(ctx, 'regiegroep_meeting.create', 'regiegroep_meeting', (tx) =>
    tx
      .insert(regiegroepMeetings)
      .values({
        ...input,
        partnershipId: ctx.actor.partnershipId,
        status: 'gepland',
        createdBy: ctx.actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: regiegroepMeetings.id })
      .get(),
  );
}

const hasDecisions = (ctx: ServiceContext, meetingId: number) =>
  ctx.db.select({ n: count() }).from(regiegroepDecisions).where(eq(regiegroepDecisions.meetingId, meetingId)).get()!.n >
  0;

/** Date, time, place, title, status and minutes. A meeting in the future cannot have been held. */
export function updateMeeting(ctx: ServiceContext, input: z.output<typeof meetingUpdateSchema>) {
  requireSteering(ctx);
  requireMeeting(ctx, input.id);
  const future = input.heldOn > todayOf(ctx);
  if (future && input.status === 'gehouden') throw new AppError('BAD_REQUEST', 'v.regiegroep.heldInFuture', 'status');
  if (future && hasDecisions(ctx, input.id))
    throw new AppError('BAD_REQUEST', 'v.regiegroep.decidedInFuture', 'heldOn');
  const { id, revision: read, ...fields } = input;
  return audited(ctx, 'regiegroep_meeting.update', 'regiegroep_meeting', (tx) => {
    const revision = revised(ctx, 'regiegroep_meeting', id, read);
    tx.update(regiegroepMeetings).set(fields).where(eq(regiegroepMeetings.id, id)).run();
    return { id, revision };
  });
}

/** Only a meeting without decisions or actions can go (they are the record); its agenda and trends go with it. */
export function removeMeeting(ctx: ServiceContext, { id, revision }: { id: number; revision: number }) {
  requireSteering(ctx);
  requireMeeting(ctx, id);
  const actions = ctx.db
    .select({ n: count() })
    .from(regiegroepActions)
    .where(eq(regiegroepActions.meetingId, id))
    .get()!.n;
  if (actions > 0 || hasDecisions(ctx, id)) throw new AppError('CONFLICT', 'e.regiegroep.meetingInUse');
  return audited(ctx, 'regiegroep_meeting.remove', 'regiegroep_meeting', (tx) => {
    revised(ctx, 'regiegroep_meeting', id, revision);
    tx.delete(regiegroepAgendaItems).where(eq(regiegroepAgendaItems.meetingId, id)).run();
    tx.delete(regiegroepTrends).where(eq(regiegroepTrends.meetingId, id)).run();
    tx.delete(regiegroepMeetings)
      .where(and(eq(regiegroepMeetings.id, id), eq(regiegroepMeetings.partnershipId, ctx.actor.partnershipId)))
      .run();
    return { id };
  });
}
