import { and, eq } from 'drizzle-orm';
import { knowledgePrinciples, memberships, topLocations } from '../../../db/schema';
import { AppError } from '../../errors';
import { found, todayOf, type ServiceContext } from '../scope';

/**
 * Who may write where. The permission `knowledge.write` gets a person through the door; this decides
 * for which TOP-locatie. Projectleider, mentor and regiegroep span the partnership. A person whose only
 * writing role is `locatie` writes for their own TOP-locatie: entries, principles found there and
 * adoptions there (threads are open to every writer: joining a discussion is not writing "for" a place).
 */
const PARTNERSHIP_WIDE_WRITERS = ['projectleider', 'mentor', 'regiegroep'] as const;

export function writesAnywhere(ctx: ServiceContext): boolean {
  return ctx.actor.roles.some((r) => (PARTNERSHIP_WIDE_WRITERS as readonly string[]).includes(r));
}

/** Refuses a write tied to `locationId` (null: the partnership as a whole) that the actor may not make. */
export function requireWritableLocation(ctx: ServiceContext, locationId: number | null, field?: string): void {
  if (writesAnywhere(ctx)) return;
  if (locationId === null || locationId !== ctx.actor.topLocationId)
    throw new AppError('FORBIDDEN', 'e.knowledge.ownLocationOnly', field);
}

/** A TOP-locatie of the actor's partnership (id and name), or "not found". */
export function requireLocation({ db, actor }: ServiceContext, id: number) {
  return found(
    db
      .select({ id: topLocations.id, name: topLocations.name })
      .from(topLocations)
      .where(and(eq(topLocations.id, id), eq(topLocations.partnershipId, actor.partnershipId)))
      .get(),
  );
}

/** Owners are people of the partnership with a role other than student. */
export function requireOwners({ db, actor }: ServiceContext, userIds: number[]): void {
  for (const userId of userIds) {
    const member = db
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.userId, userId), eq(memberships.partnershipId, actor.partnershipId)))
      .all()
      .some((m) => m.role !== 'student');
    if (!member) throw new AppError('BAD_REQUEST', 'v.knowledge.owner', 'ownerIds');
  }
}

export { todayOf };

export function requireNotFuture(ctx: ServiceContext, iso: string, field: string): void {
  if (iso > todayOf(ctx)) throw new AppError('BAD_REQUEST', 'v.knowledge.futureDate', field);
}

/** The principle row if it is in the actor's partnership (for checks; not a view). */
export function requirePrinciple({ db, actor }: ServiceContext, id: number) {
  return found(
    db
      .select({
        id: knowledgePrinciples.id,
        foundAtLocationId: knowledgePrinciples.foundAtLocationId,
        maturity: knowledgePrinciples.maturity,
        maturityOn: knowledgePrinciples.maturityOn,
      })
      .from(knowledgePrinciples)
      .where(and(eq(knowledgePrinciples.id, id), eq(knowledgePrinciples.partnershipId, actor.partnershipId)))
      .get(),
  );
}
