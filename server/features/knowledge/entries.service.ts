import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import {
  entryPosts,
  entryStatusChanges,
  knowledgeCategories,
  knowledgeEntries,
  topLocations,
  users,
} from '../../../db/schema';
import type { entryInputSchema, entryListSchema, entryStatusSchema } from '../../../shared/schemas/knowledge';
import type { EntryStatus, EntryType, PracticalCategory } from '../../../shared/domain/knowledge';
import { rolesGrant } from '../../../shared/domain/permissions';
import { AppError } from '../../errors';
import { audited, found, type ServiceContext, revised } from '../scope';
import { requireLocation, requireNotFuture, requireWritableLocation, todayOf, writesAnywhere } from './access';
import { requireCategory } from './categories.service';
import { principlesCiting } from './evidence.service';
import { jsonHas } from './principles.service';

type EntryInput = z.output<typeof entryInputSchema>;
const e = knowledgeEntries;

export function requireEntry({ db, actor }: ServiceContext, id: number) {
  return found(
    db
      .select({ id: e.id, locationId: e.locationId, status: e.status, statusOn: e.statusOn, revision: e.revision })
      .from(e)
      .where(and(eq(e.id, id), eq(e.partnershipId, actor.partnershipId)))
      .get(),
  );
}

const summaryColumns = {
  id: e.id,
  type: e.type,
  title: e.title,
  status: e.status,
  statusOn: e.statusOn,
  occurredOn: e.occurredOn,
  blocks: e.blocks,
  category: e.category,
  categoryName: knowledgeCategories.name,
  locationName: topLocations.name,
  postCount: sql<number>`(SELECT count(*) FROM ${entryPosts} WHERE ${entryPosts.entryId} = ${e.id})`,
};

const typed = <T extends { type: string; status: string; category: string | null }>(r: T) => ({
  ...r,
  type: r.type as EntryType,
  status: r.status as EntryStatus,
  category: r.category as PracticalCategory | null,
});

/** The log, newest first, with the filters of the list page. */
export function listEntries({ db, actor }: ServiceContext, filter: z.output<typeof entryListSchema>) {
  const conditions: SQL[] = [eq(e.partnershipId, actor.partnershipId)];
  if (filter.type) conditions.push(eq(e.type, filter.type));
  if (filter.status) conditions.push(eq(e.status, filter.status));
  if (filter.block) conditions.push(jsonHas(e.blocks, filter.block));
  if (filter.locationId) conditions.push(eq(e.locationId, filter.locationId));
  if (filter.category) conditions.push(eq(e.category, filter.category));
  if (filter.categoryId) conditions.push(eq(e.categoryId, filter.categoryId));
  return db
    .select(summaryColumns)
    .from(e)
    .leftJoin(topLocations, eq(topLocations.id, e.locationId))
    .leftJoin(knowledgeCategories, eq(knowledgeCategories.id, e.categoryId))
    .where(and(...conditions))
    .orderBy(desc(e.occurredOn), desc(e.id))
    .all()
    .map(typed);
}

/** One entry with its status history, its thread and the principles that cite it. */
export function getEntry(ctx: ServiceContext, id: number) {
  const { db, actor } = ctx;
  const row = found(
    db
      .select({
        ...summaryColumns,
        revision: e.revision,
        description: e.description,
        categoryId: e.categoryId,
        locationId: e.locationId,
        involved: e.involved,
        createdByName: users.name,
      })
      .from(e)
      .innerJoin(users, eq(users.id, e.createdBy))
      .leftJoin(topLocations, eq(topLocations.id, e.locationId))
      .leftJoin(knowledgeCategories, eq(knowledgeCategories.id, e.categoryId))
      .where(and(eq(e.id, id), eq(e.partnershipId, actor.partnershipId)))
      .get(),
  );
  const history = db
    .select({
      id: entryStatusChanges.id,
      fromStatus: entryStatusChanges.fromStatus,
      toStatus: entryStatusChanges.toStatus,
      note: entryStatusChanges.note,
      changedOn: entryStatusChanges.changedOn,
      changedByName: users.name,
    })
    .from(entryStatusChanges)
    .innerJoin(users, eq(users.id, entryStatusChanges.changedBy))
    .where(eq(entryStatusChanges.entryId, id))
    .orderBy(asc(entryStatusChanges.changedOn), asc(entryStatusChanges.id))
    .all();
  const posts = db
    .select({ id: entryPosts.id, authorName: users.name, body: entryPosts.body, createdAt: entryPosts.createdAt })
    .from(entryPosts)
    .innerJoin(users, eq(users.id, entryPosts.authorId))
    .where(eq(entryPosts.entryId, id))
    .orderBy(asc(entryPosts.createdAt), asc(entryPosts.id))
    .all();
  const canWrite = rolesGrant(actor.roles, 'knowledge.write');
  return {
    ...typed(row),
    history: history.map((h) => ({
      ...h,
      fromStatus: h.fromStatus as EntryStatus | null,
      toStatus: h.toStatus as EntryStatus,
    })),
    posts,
    principles: principlesCiting(ctx, 'entry', id),
    canEdit: canWrite && (writesAnywhere(ctx) || (row.locationId !== null && row.locationId === actor.topLocationId)),
    canPost: canWrite,
  };
}

function checkEntryInput(ctx: ServiceContext, input: EntryInput) {
  if (input.categoryId !== null) requireCategory(ctx, input.categoryId);
  if (input.locationId !== null) requireLocation(ctx, input.locationId);
  requireWritableLocation(ctx, input.locationId, 'locationId');
  requireNotFuture(ctx, input.occurredOn, 'occurredOn');
}

/** Logs a new entry; it starts "open" on the day it happened. */
export function createEntry(ctx: ServiceContext, input: EntryInput) {
  checkEntryInput(ctx, input);
  const now = ctx.clock.now();
  return audited(ctx, 'entry.create', 'knowledge_entry', (tx) => {
    const created = tx
      .insert(e)
      .values({
        ...input,
        partnershipId: ctx.actor.partnershipId,
        status: 'open',
        statusOn: input.occurredOn,
        createdBy: ctx.actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: e.id })
      .get();
    tx.insert(entryStatusChanges)
      .values({
        entryId: created.id,
        fromStatus: null,
        toStatus: 'open',
        changedOn: input.occurredOn,
        changedBy: ctx.actor.userId,
        at: now,
      })
      .run();
    return created;
  });
}

export function updateEntry(ctx: ServiceContext, input: EntryInput & { id: number; revision: number }) {
  const current = requireEntry(ctx, input.id);
  requireWritableLocation(ctx, current.locationId);
  checkEntryInput(ctx, input);
  const { id, revision: read, ...fields } = input;
  return audited(ctx, 'entry.update', 'knowledge_entry', (tx) => {
    const revision = revised(ctx, 'knowledge_entry', id, read);
    tx.update(e)
      .set({ ...fields, updatedAt: ctx.clock.now() })
      .where(eq(e.id, id))
      .run();
    return { id, revision };
  });
}

/** Any status may follow any other (a parked dilemma can reopen); every change is kept with its date. */
/** The regiegroep's decision moves an entry too: without a revision read, it claims the current one. */
type EntryStatusInput = Omit<z.output<typeof entryStatusSchema>, 'revision'> & { revision?: number };

export function setEntryStatus(ctx: ServiceContext, input: EntryStatusInput) {
  const entry = requireEntry(ctx, input.id);
  requireWritableLocation(ctx, entry.locationId);
  // someone moved it since it was read: say that (who, when), rather than that the move is no longer valid
  if (input.revision !== undefined && input.revision !== entry.revision)
    revised(ctx, 'knowledge_entry', entry.id, input.revision);
  if (input.status === entry.status) throw new AppError('CONFLICT', 'e.knowledge.sameStatus', 'status');
  const on = input.on ?? todayOf(ctx);
  requireNotFuture(ctx, on, 'on');
  if (on < entry.statusOn) throw new AppError('BAD_REQUEST', 'v.knowledge.beforeLastChange', 'on');
  return audited(ctx, 'entry.status', 'knowledge_entry', (tx) => {
    const revision = revised(ctx, 'knowledge_entry', input.id, input.revision ?? entry.revision);
    tx.update(e)
      .set({ status: input.status, statusOn: on, updatedAt: ctx.clock.now() })
      .where(eq(e.id, input.id))
      .run();
    tx.insert(entryStatusChanges)
      .values({
        entryId: input.id,
        fromStatus: entry.status,
        toStatus: input.status,
        note: input.note,
        changedOn: on,
        changedBy: ctx.actor.userId,
        at: ctx.clock.now(),
      })
      .run();
    return { id: input.id, revision };
  });
}

/** A post in the entry's thread: stored as typed, shown as text. Every writer may join any discussion. */
export function addPost(ctx: ServiceContext, input: { entryId: number; body: string }) {
  requireEntry(ctx, input.entryId);
  return audited(ctx, 'entry.post', 'knowledge_entry', (tx) => {
    tx.insert(entryPosts)
      .values({ entryId: input.entryId, authorId: ctx.actor.userId, body: input.body, createdAt: ctx.clock.now() })
      .run();
    return { id: input.entryId };
  });
}
