import { sqliteTable, integer, text, index, uniqueIndex, primaryKey } from 'drizzle-orm/sqlite-core';
import { revisionColumn, timestampMs } from './columns';
import { partnerships } from './partnerships';
import { topLocations } from './top-locations';
import { users } from './users';
import type { LosBlock } from '../../shared/domain/los-model';
import type { InvolvedGroup } from '../../shared/domain/knowledge';

/**
 * The knowledge base (issue 5): working principles with their maturity ladder, adoptions and
 * evidence; the log of dilemmas, successes and vraagstukken with status history and a thread.
 * Top-level tables carry partnership_id; child rows are reached through their (scoped) parent.
 * Full-text search lives in the FTS5 table `knowledge_fts`, kept in sync by triggers (custom migration).
 * Dates that users state ("adopted on", "moved on") are ISO strings; *_at are clock milliseconds.
 */

/** A partnership's own categories, beside the six practical ones (shared/domain/knowledge.ts). */
export const knowledgeCategories = sqliteTable(
  'knowledge_category',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    name: text('name').notNull(),
    createdAt: timestampMs('created_at'),
    revision: revisionColumn(),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: integer('updated_at'),
  },
  (t) => [uniqueIndex('knowledge_category_name').on(t.partnershipId, t.name)],
);

export const knowledgePrinciples = sqliteTable(
  'knowledge_principle',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    statement: text('statement').notNull(),
    explanation: text('explanation').notNull().default(''),
    blocks: text('blocks', { mode: 'json' }).$type<LosBlock[]>().notNull(),
    /** Where it was found; null for a principle of the partnership as a whole. */
    foundAtLocationId: integer('found_at_location_id').references(() => topLocations.id),
    maturity: text('maturity').notNull(),
    /** The date of the last move on the ladder (the history is in knowledge_maturity_change). */
    maturityOn: text('maturity_on').notNull(),
    identifiedOn: text('identified_on').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestampMs('created_at'),
    updatedAt: timestampMs('updated_at'),
    revision: revisionColumn(),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [index('knowledge_principle_partnership').on(t.partnershipId)],
);

export const principleOwners = sqliteTable(
  'knowledge_principle_owner',
  {
    principleId: integer('principle_id')
      .notNull()
      .references(() => knowledgePrinciples.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.principleId, t.userId] })],
);

/** Every move on the ladder, including the first (from null), with its date, reason and mover. */
export const maturityChanges = sqliteTable(
  'knowledge_maturity_change',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    principleId: integer('principle_id')
      .notNull()
      .references(() => knowledgePrinciples.id),
    fromLevel: text('from_level'),
    toLevel: text('to_level').notNull(),
    reason: text('reason').notNull().default(''),
    changedOn: text('changed_on').notNull(),
    changedBy: integer('changed_by')
      .notNull()
      .references(() => users.id),
    at: timestampMs('at'),
  },
  (t) => [index('knowledge_maturity_change_principle').on(t.principleId)],
);

/** A principle taken up at another TOP-locatie: never at the one where it was found. */
export const adoptions = sqliteTable(
  'knowledge_adoption',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    principleId: integer('principle_id')
      .notNull()
      .references(() => knowledgePrinciples.id),
    locationId: integer('location_id')
      .notNull()
      .references(() => topLocations.id),
    adoptedOn: text('adopted_on').notNull(),
    adaptation: text('adaptation').notNull().default(''),
    outcome: text('outcome').notNull().default(''),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestampMs('created_at'),
    revision: revisionColumn(),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: integer('updated_at'),
  },
  (t) => [
    uniqueIndex('knowledge_adoption_unique').on(t.principleId, t.locationId),
    index('knowledge_adoption_location').on(t.locationId),
  ],
);

/**
 * Evidence for a principle, generic on purpose: (kind, ref_id) points at a log entry now, and at
 * mentor-team signals and session logs once those exist. No foreign key can span kinds, so the
 * service checks that the referenced row exists in the partnership (evidence-kinds.ts).
 */
export const evidenceLinks = sqliteTable(
  'knowledge_evidence',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    principleId: integer('principle_id')
      .notNull()
      .references(() => knowledgePrinciples.id),
    kind: text('kind').notNull(),
    refId: integer('ref_id').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestampMs('created_at'),
  },
  (t) => [
    uniqueIndex('knowledge_evidence_unique').on(t.principleId, t.kind, t.refId),
    index('knowledge_evidence_ref').on(t.kind, t.refId),
  ],
);

/** A dilemma, success or vraagstuk in the partnership's log. */
export const knowledgeEntries = sqliteTable(
  'knowledge_entry',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    type: text('type').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** One of the six practical categories, or (categoryId) one of the partnership's own; or neither. */
    category: text('category'),
    categoryId: integer('category_id').references(() => knowledgeCategories.id),
    locationId: integer('location_id').references(() => topLocations.id),
    blocks: text('blocks', { mode: 'json' }).$type<LosBlock[]>().notNull(),
    involved: text('involved', { mode: 'json' }).$type<InvolvedGroup[]>().notNull(),
    status: text('status').notNull(),
    statusOn: text('status_on').notNull(),
    occurredOn: text('occurred_on').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestampMs('created_at'),
    updatedAt: timestampMs('updated_at'),
    revision: revisionColumn(),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [index('knowledge_entry_partnership').on(t.partnershipId)],
);

export const entryStatusChanges = sqliteTable(
  'knowledge_entry_status_change',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entryId: integer('entry_id')
      .notNull()
      .references(() => knowledgeEntries.id),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    note: text('note').notNull().default(''),
    changedOn: text('changed_on').notNull(),
    changedBy: integer('changed_by')
      .notNull()
      .references(() => users.id),
    at: timestampMs('at'),
  },
  (t) => [index('knowledge_entry_status_change_entry').on(t.entryId)],
);

/** The discussion thread of an entry. Plain text, never HTML: the client renders it as text. */
export const entryPosts = sqliteTable(
  'knowledge_post',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entryId: integer('entry_id')
      .notNull()
      .references(() => knowledgeEntries.id),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    createdAt: timestampMs('created_at'),
  },
  (t) => [index('knowledge_post_entry').on(t.entryId)],
);
