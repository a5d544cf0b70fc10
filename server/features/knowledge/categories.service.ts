import { and, asc, eq, ne } from 'drizzle-orm';
import { knowledgeCategories, memberships, topLocations, users } from '../../../db/schema';
import { audited, found, revised, uniqueOr, unlessInUse, type ServiceContext } from '../scope';
import { writesAnywhere } from './access';

/** One of the partnership's own categories, or "not found". */
export function requireCategory({ db, actor }: ServiceContext, id: number) {
  return found(
    db
      .select({ id: knowledgeCategories.id, name: knowledgeCategories.name })
      .from(knowledgeCategories)
      .where(and(eq(knowledgeCategories.id, id), eq(knowledgeCategories.partnershipId, actor.partnershipId)))
      .get(),
  );
}

export function createCategory(ctx: ServiceContext, name: string) {
  return uniqueOr(
    () =>
      audited(ctx, 'knowledgeCategory.create', 'knowledge_category', (tx) =>
        tx
          .insert(knowledgeCategories)
          .values({ name, partnershipId: ctx.actor.partnershipId, createdAt: ctx.clock.now() })
          .returning({ id: knowledgeCategories.id })
          .get(),
      ),
    'e.nameTaken',
    'name',
  );
}

export function renameCategory(ctx: ServiceContext, input: { id: number; revision: number; name: string }) {
  const { id, name } = input;
  requireCategory(ctx, id);
  return uniqueOr(
    () =>
      audited(ctx, 'knowledgeCategory.update', 'knowledge_category', (tx) => {
        const revision = revised(ctx, 'knowledge_category', id, input.revision);
        tx.update(knowledgeCategories).set({ name }).where(eq(knowledgeCategories.id, id)).run();
        return { id, revision };
      }),
    'e.nameTaken',
    'name',
  );
}

/** A category still used by an entry stays (the foreign key says so; unlessInUse says it plainly). */
export function removeCategory(ctx: ServiceContext, id: number) {
  requireCategory(ctx, id);
  return unlessInUse(() =>
    audited(ctx, 'knowledgeCategory.remove', 'knowledge_category', (tx) => {
      tx.delete(knowledgeCategories).where(eq(knowledgeCategories.id, id)).run();
      return { id };
    }),
  );
}

/**
 * What the knowledge base's forms and filters choose from: the TOP-locaties, the partnership's own
 * categories, and the people who can own a principle (members with a role other than student — so no
 * student's name is handed to every reader). Also where the actor may write.
 */
export function knowledgeOptions(ctx: ServiceContext) {
  const { db, actor } = ctx;
  const locations = db
    .select({ id: topLocations.id, name: topLocations.name })
    .from(topLocations)
    .where(eq(topLocations.partnershipId, actor.partnershipId))
    .orderBy(asc(topLocations.name))
    .all();
  const categories = db
    .select({ id: knowledgeCategories.id, name: knowledgeCategories.name, revision: knowledgeCategories.revision })
    .from(knowledgeCategories)
    .where(eq(knowledgeCategories.partnershipId, actor.partnershipId))
    .orderBy(asc(knowledgeCategories.name))
    .all();
  const people = db
    .selectDistinct({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.partnershipId, actor.partnershipId), ne(memberships.role, 'student')))
    .orderBy(asc(users.name))
    .all();
  return { locations, categories, people, ownLocationId: writesAnywhere(ctx) ? null : actor.topLocationId };
}
