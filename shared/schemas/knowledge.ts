import { z } from 'zod';
import { idSchema, isoDateSchema, revisionSchema } from './common';
import { LOS_BLOCKS, sortBlocks } from '../domain/los-model';
import {
  ENTRY_STATUSES,
  ENTRY_TYPES,
  EVIDENCE_KINDS,
  INVOLVED_GROUPS,
  MATURITY_LEVELS,
  PRACTICAL_CATEGORIES,
} from '../domain/knowledge';

/**
 * Text is stored as plain text and rendered as text (never HTML). Control characters other than tab
 * and newline are dropped: they are never meant, and the search highlighter uses two of them.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's whole purpose
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const clean = (s: string) => s.replace(/\r\n?/g, '\n').replace(CONTROL, '');

/** Required plain text, e.g. a title or a post. */
export const plainText = (max: number) =>
  z.string().transform(clean).pipe(z.string().trim().min(1, 'v.required').max(max, 'v.tooLong'));
/** Optional plain text; empty when left out. */
export const optionalPlainText = (max: number) =>
  z.string().transform(clean).pipe(z.string().trim().max(max, 'v.tooLong')).default('');

export const LIMITS = {
  statement: 200,
  title: 150,
  longText: 4000,
  post: 4000,
  adoptionText: 2000,
  reason: 500,
  category: 60,
  owners: 10,
} as const;

export const blocksSchema = z
  .array(z.enum(LOS_BLOCKS))
  .min(1, 'v.knowledge.blocks')
  .max(LOS_BLOCKS.length * 2)
  .transform(sortBlocks);
export const involvedSchema = z
  .array(z.enum(INVOLVED_GROUPS))
  .max(INVOLVED_GROUPS.length * 2)
  .default([])
  .transform((groups) => INVOLVED_GROUPS.filter((g) => groups.includes(g)));
const nullableId = idSchema.nullable().default(null);

// --- Werkende principes ---------------------------------------------------------------------------
export const principleInputSchema = z.object({
  statement: plainText(LIMITS.statement),
  explanation: optionalPlainText(LIMITS.longText),
  blocks: blocksSchema,
  foundAtLocationId: nullableId,
  ownerIds: z
    .array(idSchema)
    .max(LIMITS.owners, 'v.knowledge.tooManyOwners')
    .default([])
    .transform((ids) => [...new Set(ids)]),
});
export const principleUpdateSchema = z.intersection(
  principleInputSchema,
  z.object({ id: idSchema, revision: revisionSchema }),
);
export type PrincipleInput = z.input<typeof principleInputSchema>;

export const principleFromEntrySchema = z.object({ entryId: idSchema });

export const principleListSchema = z.object({
  block: z.enum(LOS_BLOCKS).optional(),
  locationId: idSchema.optional(),
  maturity: z.enum(MATURITY_LEVELS).optional(),
});

/** A move on the maturity ladder; going down needs a reason (checked in the service, which knows the level). */
export const principleMoveSchema = z.object({
  id: idSchema,
  to: z.enum(MATURITY_LEVELS),
  reason: optionalPlainText(LIMITS.reason),
  on: isoDateSchema.optional(),
});

export const adoptionInputSchema = z.object({
  principleId: idSchema,
  locationId: idSchema,
  adoptedOn: isoDateSchema,
  adaptation: optionalPlainText(LIMITS.adoptionText),
  outcome: optionalPlainText(LIMITS.adoptionText),
});
export const adoptionUpdateSchema = z.object({
  id: idSchema,
  revision: revisionSchema,
  adoptedOn: isoDateSchema,
  adaptation: optionalPlainText(LIMITS.adoptionText),
  outcome: optionalPlainText(LIMITS.adoptionText),
});

export const evidenceInputSchema = z.object({ principleId: idSchema, kind: z.enum(EVIDENCE_KINDS), refId: idSchema });

export const bookletSchema = z.object({ minMaturity: z.enum(MATURITY_LEVELS).default('beschreven') });

// --- Dilemma's, successen en vraagstukken ---------------------------------------------------------
export const entryInputSchema = z
  .object({
    type: z.enum(ENTRY_TYPES),
    title: plainText(LIMITS.title),
    description: optionalPlainText(LIMITS.longText),
    /** One of the six practical categories, or one of the partnership's own (categoryId), or none. */
    category: z.enum(PRACTICAL_CATEGORIES).nullable().default(null),
    categoryId: nullableId,
    locationId: nullableId,
    blocks: blocksSchema,
    involved: involvedSchema,
    occurredOn: isoDateSchema,
  })
  .refine((v) => v.category === null || v.categoryId === null, {
    message: 'v.knowledge.oneCategory',
    path: ['category'],
  });
export const entryUpdateSchema = z.intersection(entryInputSchema, z.object({ id: idSchema, revision: revisionSchema }));
export type EntryInput = z.input<typeof entryInputSchema>;

export const entryListSchema = z.object({
  type: z.enum(ENTRY_TYPES).optional(),
  status: z.enum(ENTRY_STATUSES).optional(),
  block: z.enum(LOS_BLOCKS).optional(),
  locationId: idSchema.optional(),
  category: z.enum(PRACTICAL_CATEGORIES).optional(),
  categoryId: idSchema.optional(),
});

export const entryStatusSchema = z.object({
  revision: revisionSchema,
  id: idSchema,
  status: z.enum(ENTRY_STATUSES),
  note: optionalPlainText(LIMITS.reason),
  on: isoDateSchema.optional(),
});

export const postInputSchema = z.object({ entryId: idSchema, body: plainText(LIMITS.post) });

export const categoryInputSchema = z.object({ name: plainText(LIMITS.category) });
export const categoryUpdateSchema = z.object({
  id: idSchema,
  revision: revisionSchema,
  name: plainText(LIMITS.category),
});

// --- Zoeken ---------------------------------------------------------------------------------------
export const SEARCH_TYPES = ['principe', ...ENTRY_TYPES] as const;
export const SEARCH_STATUSES = [...ENTRY_STATUSES, ...MATURITY_LEVELS] as const;
/** Longest query text that is looked at; anything beyond is ignored, never refused. */
export const SEARCH_TEXT_MAX = 500;

export const searchSchema = z
  .object({
    // Never refused for its content or length: the service builds a safe expression from its words.
    q: z
      .string()
      .default('')
      .transform((s) => s.slice(0, SEARCH_TEXT_MAX)),
    block: z.enum(LOS_BLOCKS).optional(),
    locationId: idSchema.optional(),
    type: z.enum(SEARCH_TYPES).optional(),
    status: z.enum(SEARCH_STATUSES).optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: 'v.dateOrder', path: ['to'] });
