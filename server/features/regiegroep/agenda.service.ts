import { and, asc, count, eq, max } from 'drizzle-orm';
import type { z } from 'zod';
import { regiegroepAgendaItems } from '../../../db/schema';
import type {
  agendaItemInputSchema,
  agendaItemUpdateSchema,
  agendaOrderSchema,
} from '../../../shared/schemas/regiegroep';
import { MAX_AGENDA_ITEMS } from '../../../shared/domain/regiegroep';
import { formatDutchDate } from '../../../shared/domain/dates';
import { AppError } from '../../errors';
import { audited, found, revised, uniqueOr, type ServiceContext } from '../scope';
import { setSignalStatus } from '../mentor-teams/public';
import { requireEditableMeeting } from './access';
import { requireRef } from './refs';

function requireItem(ctx: ServiceContext, id: number) {
  const item = found(
    ctx.db
      .select({ id: regiegroepAgendaItems.id, meetingId: regiegroepAgendaItems.meetingId })
      .from(regiegroepAgendaItems)
      .where(eq(regiegroepAgendaItems.id, id))
      .get(),
  );
  // The item is ours when its meeting is: requireEditableMeeting loads the meeting within the partnership.
  return { item, meeting: requireEditableMeeting(ctx, item.meetingId) };
}

/**
 * Adds an item at the end of the agenda. A signal put on the agenda is thereby passed on to the
 * regiegroep: a "nieuw" signal moves to "doorgezet" through the mentor-teams service (with its
 * history), in the same transaction — so the team sees its signal has reached the regiegroep.
 */
export function addAgendaItem(ctx: ServiceContext, input: z.output<typeof agendaItemInputSchema>) {
  const meeting = requireEditableMeeting(ctx, input.meetingId);
  const ref = input.kind === 'vrij' ? null : requireRef(ctx, input.kind, input.refId!);
  const items = ctx.db
    .select({ n: count(), last: max(regiegroepAgendaItems.position) })
    .from(regiegroepAgendaItems)
    .where(eq(regiegroepAgendaItems.meetingId, meeting.id))
    .get()!;
  if (items.n >= MAX_AGENDA_ITEMS) throw new AppError('CONFLICT', 'e.regiegroep.agendaFull');
  return uniqueOr(
    () =>
      audited(ctx, 'regiegroep_agenda.add', 'regiegroep_meeting', (tx) => {
        const row = tx
          .insert(regiegroepAgendaItems)
          .values({
            meetingId: meeting.id,
            position: (items.last ?? 0) + 1,
            kind: input.kind,
            refId: input.refId,
            title: input.title || ref!.title.slice(0, 200),
            note: input.note,
            createdBy: ctx.actor.userId,
            createdAt: ctx.clock.now(),
          })
          .returning({ id: regiegroepAgendaItems.id })
          .get();
        if (input.kind === 'signaal' && ref!.status === 'nieuw') {
          setSignalStatus(ctx, {
            id: input.refId!,
            status: 'doorgezet',
            note: `Op de agenda van de regiegroep (${formatDutchDate(meeting.heldOn)}).`,
          });
        }
        return { id: meeting.id, itemId: row.id };
      }),
    'e.regiegroep.onAgenda',
    'refId',
  );
}

export function updateAgendaItem(ctx: ServiceContext, input: z.output<typeof agendaItemUpdateSchema>) {
  const { item } = requireItem(ctx, input.id);
  return audited(ctx, 'regiegroep_agenda.update', 'regiegroep_meeting', (tx) => {
    const revision = revised(ctx, 'regiegroep_agenda_item', item.id, input.revision);
    tx.update(regiegroepAgendaItems)
      .set({ title: input.title, note: input.note })
      .where(eq(regiegroepAgendaItems.id, item.id))
      .run();
    return { id: item.meetingId, revision };
  });
}

/** Removes an item (a decision recorded under it keeps its subject, no longer its item); the rest close up. */
export function removeAgendaItem(ctx: ServiceContext, { id, revision }: { id: number; revision: number }) {
  const { item } = requireItem(ctx, id);
  return audited(ctx, 'regiegroep_agenda.remove', 'regiegroep_meeting', (tx) => {
    revised(ctx, 'regiegroep_agenda_item', item.id, revision);
    tx.delete(regiegroepAgendaItems).where(eq(regiegroepAgendaItems.id, item.id)).run();
    renumber(tx, item.meetingId);
    return { id: item.meetingId };
  });
}

type Tx = Parameters<Parameters<ServiceContext['db']['transaction']>[0]>[0];
function renumber(tx: Tx, meetingId: number, order?: number[]) {
  const ids =
    order ??
    tx
      .select({ id: regiegroepAgendaItems.id })
      .from(regiegroepAgendaItems)
      .where(eq(regiegroepAgendaItems.meetingId, meetingId))
      .orderBy(asc(regiegroepAgendaItems.position), asc(regiegroepAgendaItems.id))
      .all()
      .map((r) => r.id);
  ids.forEach((id, i) =>
    tx
      .update(regiegroepAgendaItems)
      .set({ position: i + 1 })
      .where(and(eq(regiegroepAgendaItems.id, id), eq(regiegroepAgendaItems.meetingId, meetingId)))
      .run(),
  );
}

/**
 * The chair's new order. The order is the agenda's: it names every item with the revision read, and all
 * are claimed in this one transaction — an item added, removed or edited since the agenda was read
 * refuses the whole order (decision 079).
 */
export function reorderAgenda(ctx: ServiceContext, input: z.output<typeof agendaOrderSchema>) {
  const meeting = requireEditableMeeting(ctx, input.meetingId);
  return audited(ctx, 'regiegroep_agenda.reorder', 'regiegroep_meeting', (tx) => {
    const current = tx
      .select({ id: regiegroepAgendaItems.id })
      .from(regiegroepAgendaItems)
      .where(eq(regiegroepAgendaItems.meetingId, meeting.id))
      .all()
      .map((r) => r.id);
    const named = new Set(input.items.map((i) => i.id));
    if (current.length !== named.size || !current.every((id) => named.has(id)))
      throw new AppError('CONFLICT', 'e.regiegroep.agendaChanged');
    const revisions = input.items.map((i) => revised(ctx, 'regiegroep_agenda_item', i.id, i.revision));
    renumber(
      tx,
      meeting.id,
      input.items.map((i) => i.id),
    );
    return { id: meeting.id, revisions };
  });
}
