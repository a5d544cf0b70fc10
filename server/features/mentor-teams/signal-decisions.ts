import { and, asc, eq, inArray } from 'drizzle-orm';
import { regiegroepDecisions, regiegroepMeetings } from '../../../db/schema';
import type { ServiceContext } from '../scope';

/**
 * The regiegroep's decisions on these signals, per signal: what the mentor team raised comes back to
 * it with what was decided and in which meeting. Read straight from the tables (a read of settled
 * records, no regiegroep logic), scoped by the partnership.
 */
export function decisionsOnSignals(ctx: ServiceContext, signalIds: number[]) {
  const byId = new Map<number, { text: string; meetingTitle: string; heldOn: string }[]>();
  if (!signalIds.length) return byId;
  const rows = ctx.db
    .select({
      signalId: regiegroepDecisions.subjectId,
      text: regiegroepDecisions.text,
      meetingTitle: regiegroepMeetings.title,
      heldOn: regiegroepMeetings.heldOn,
    })
    .from(regiegroepDecisions)
    .innerJoin(regiegroepMeetings, eq(regiegroepMeetings.id, regiegroepDecisions.meetingId))
    .where(
      and(
        eq(regiegroepDecisions.partnershipId, ctx.actor.partnershipId),
        eq(regiegroepDecisions.subjectKind, 'signaal'),
        inArray(regiegroepDecisions.subjectId, signalIds),
      ),
    )
    .orderBy(asc(regiegroepMeetings.heldOn), asc(regiegroepDecisions.id))
    .all();
  for (const { signalId, ...d } of rows) {
    if (signalId === null) continue;
    byId.set(signalId, [...(byId.get(signalId) ?? []), d]);
  }
  return byId;
}
