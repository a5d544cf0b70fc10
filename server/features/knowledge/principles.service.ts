import { and, asc, eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import {
  adoptions,
  evidenceLinks,
  knowledgeEntries,
  knowledgePrinciples,
  maturityChanges,
  principleOwners,
  topLocations,
  users,
} from '../../../db/schema';
import type { principleInputSchema, principleListSchema } from '../../../shared/schemas/knowledge';
import { maturityRank, type MaturityLevel } from '../../../shared/domain/knowledge';
import { rolesGrant } from '../../../shared/domain/permissions';
import { AppError } from '../../errors';
import { audited, found, type ServiceContext, revised } from '../scope';
import {
  requireLocation,
  requireOwners,
  requirePrinciple,
  requireWritableLocation,
  todayOf,
  writesAnywhere,
} from './access';
import { listEvidence } from './evidence.service';

type PrincipleInput = z.output<typeof principleInputSchema>;
type Tx = Parameters<Parameters<ServiceContext['db']['transaction']>[0]>[0];

/** A JSON array column holds the value (blocks are stored as JSON arrays). */
export const jsonHas = (column: AnyColumn, value: string) =>
  sql`EXISTS (SELECT 1 FROM json_each(${column}) WHERE value = ${value})`;

/** Principles with their spread; a location filter finds those found there or adopted there. */
export function listPrinciples({ db, actor }: ServiceContext, filter: z.output<typeof principleListSchema>) {
  const p = knowledgePrinciples;
  const conditions: SQL[] = [eq(p.partnershipId, actor.partnershipId)];
  if (filter.block) conditions.push(jsonHas(p.blocks, filter.block));
  if (filter.maturity) conditions.push(eq(p.maturity, filter.maturity));
  if (filter.locationId) {
    conditions.push(
      sql`(${p.foundAtLocationId} = ${filter.locationId} OR EXISTS (SELECT 1 FROM ${adoptions} WHERE ${adoptions.principleId} = ${p.id} AND ${adoptions.locationId} = ${filter.locationId}))`,
    );
  }
  const rows = db
    .select({
      id: p.id,
      statement: p.statement,
      blocks: p.blocks,
      maturity: p.maturity,
      maturityOn: p.maturityOn,
      foundAtName: topLocations.name,
      adoptionCount: sql<number>`(SELECT count(*) FROM ${adoptions} WHERE ${adoptions.principleId} = ${p.id})`,
    })
    .from(p)
    .leftJoin(topLocations, eq(topLocations.id, p.foundAtLocationId))
    .where(and(...conditions))
    .orderBy(asc(p.statement))
    .all();
  // Most mature first: that is what a visitor from another region wants to see.
  return rows
    .map((r) => ({ ...r, maturity: r.maturity as MaturityLevel }))
    .sort((a, b) => maturityRank(b.maturity) - maturityRank(a.maturity));
}

/** Everything the principle's page shows, and what the actor may do there. */
export function getPrinciple(ctx: ServiceContext, id: number) {
  const { db, actor } = ctx;
  const p = knowledgePrinciples;
  const row = found(
    db
      .select({
        id: p.id,
        statement: p.statement,
        explanation: p.explanation,
        blocks: p.blocks,
        foundAtLocationId: p.foundAtLocationId,
        foundAtName: topLocations.name,
        maturity: p.maturity,
        maturityOn: p.maturityOn,
        identifiedOn: p.identifiedOn,
        revision: p.revision,
      })
      .from(p)
      .leftJoin(topLocations, eq(topLocations.id, p.foundAtLocationId))
      .where(and(eq(p.id, id), eq(p.partnershipId, actor.partnershipId)))
      .get(),
  );
  const owners = db
    .select({ id: users.id, name: users.name })
    .from(principleOwners)
    .innerJoin(users, eq(users.id, principleOwners.userId))
    .where(eq(principleOwners.principleId, id))
    .orderBy(asc(users.name))
    .all();
  const history = db
    .select({
      id: maturityChanges.id,
      fromLevel: maturityChanges.fromLevel,
      toLevel: maturityChanges.toLevel,
      reason: maturityChanges.reason,
      changedOn: maturityChanges.changedOn,
      changedByName: users.name,
    })
    .from(maturityChanges)
    .innerJoin(users, eq(users.id, maturityChanges.changedBy))
    .where(eq(maturityChanges.principleId, id))
    .orderBy(asc(maturityChanges.changedOn), asc(maturityChanges.id))
    .all();
  const adopted = db
    .select({
      id: adoptions.id,
      locationId: adoptions.locationId,
      locationName: topLocations.name,
      adoptedOn: adoptions.adoptedOn,
      adaptation: adoptions.adaptation,
      outcome: adoptions.outcome,
      revision: adoptions.revision,
    })
    .from(adoptions)
    .innerJoin(topLocations, eq(topLocations.id, adoptions.locationId))
    .where(eq(adoptions.principleId, id))
    .orderBy(asc(adoptions.adoptedOn), asc(topLocations.name))
    .all();
  const canWrite = rolesGrant(actor.roles, 'knowledge.write');
  return {
    ...row,
    maturity: row.maturity as MaturityLevel,
    owners,
    history: history.map((h) => ({
      ...h,
      fromLevel: h.fromLevel as MaturityLevel | null,
      toLevel: h.toLevel as MaturityLevel,
    })),
    adoptions: adopted.map((a) => ({
      ...a,
      canEdit: canWrite && (writesAnywhere(ctx) || a.locationId === actor.topLocationId),
    })),
    evidence: listEvidence(ctx, id),
    canEdit:
      canWrite &&
      (writesAnywhere(ctx) || (row.foundAtLocationId !== null && row.foundAtLocationId === actor.topLocationId)),
    canMove: rolesGrant(actor.roles, 'knowledge.steer'),
  };
}

function checkPrincipleInput(ctx: ServiceContext, input: PrincipleInput) {
  if (input.foundAtLocationId !== null) requireLocation(ctx, input.foundAtLocationId);
  requireWritableLocation(ctx, input.foundAtLocationId, 'foundAtLocationId');
  requireOwners(ctx, input.ownerIds);
}

/** Inserts a principle at the bottom of the ladder, with its owners and the first history row. */
function insertPrinciple(ctx: ServiceContext, tx: Tx, input: PrincipleInput) {
  const now = ctx.clock.now();
  const today = todayOf(ctx);
  const { ownerIds, ...fields } = input;
  const { id } = tx
    .insert(knowledgePrinciples)
    .values({
      ...fields,
      partnershipId: ctx.actor.partnershipId,
      maturity: 'geidentificeerd',
      maturityOn: today,
      identifiedOn: today,
      createdBy: ctx.actor.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: knowledgePrinciples.id })
    .get();
  if (ownerIds.length)
    tx.insert(principleOwners)
      .values(ownerIds.map((userId) => ({ principleId: id, userId })))
      .run();
  tx.insert(maturityChanges)
    .values({
      principleId: id,
      fromLevel: null,
      toLevel: 'geidentificeerd',
      changedOn: today,
      changedBy: ctx.actor.userId,
      at: now,
    })
    .run();
  return { id };
}

export function createPrinciple(ctx: ServiceContext, input: PrincipleInput) {
  checkPrincipleInput(ctx, input);
  return audited(ctx, 'principle.create', 'knowledge_principle', (tx) => insertPrinciple(ctx, tx, input));
}

export function updatePrinciple(ctx: ServiceContext, input: PrincipleInput & { id: number; revision: number }) {
  const current = requirePrinciple(ctx, input.id);
  requireWritableLocation(ctx, current.foundAtLocationId);
  checkPrincipleInput(ctx, input);
  // Adoptions are always elsewhere: the origin cannot become a place that adopted it.
  if (input.foundAtLocationId !== null) {
    const clash = ctx.db
      .select({ id: adoptions.id })
      .from(adoptions)
      .where(and(eq(adoptions.principleId, input.id), eq(adoptions.locationId, input.foundAtLocationId)))
      .get();
    if (clash) throw new AppError('CONFLICT', 'e.knowledge.foundAtAdopted', 'foundAtLocationId');
  }
  const { id, ownerIds, revision: read, ...fields } = input;
  return audited(ctx, 'principle.update', 'knowledge_principle', (tx) => {
    const revision = revised(ctx, 'knowledge_principle', id, read);
    tx.update(knowledgePrinciples)
      .set({ ...fields, updatedAt: ctx.clock.now() })
      .where(eq(knowledgePrinciples.id, id))
      .run();
    tx.delete(principleOwners).where(eq(principleOwners.principleId, id)).run();
    if (ownerIds.length)
      tx.insert(principleOwners)
        .values(ownerIds.map((userId) => ({ principleId: id, userId })))
        .run();
    return { id, revision };
  });
}

/**
 * "Maak hier een werkend principe van": a principle drafted from a log entry — its title as the
 * statement, its text, blocks and TOP-locatie — that keeps the entry as evidence. The author owns it.
 */
export function createPrincipleFromEntry(ctx: ServiceContext, entryId: number) {
  const e = knowledgeEntries;
  const entry = found(
    ctx.db
      .select({ id: e.id, title: e.title, description: e.description, blocks: e.blocks, locationId: e.locationId })
      .from(e)
      .where(and(eq(e.id, entryId), eq(e.partnershipId, ctx.actor.partnershipId)))
      .get(),
  );
  requireWritableLocation(ctx, entry.locationId);
  const input: PrincipleInput = {
    statement: entry.title,
    explanation: entry.description,
    blocks: entry.blocks,
    foundAtLocationId: entry.locationId,
    ownerIds: [ctx.actor.userId],
  };
  return audited(ctx, 'principle.createFromEntry', 'knowledge_principle', (tx) => {
    const created = insertPrinciple(ctx, tx, input);
    tx.insert(evidenceLinks)
      .values({
        principleId: created.id,
        kind: 'entry',
        refId: entry.id,
        createdBy: ctx.actor.userId,
        createdAt: ctx.clock.now(),
      })
      .run();
    return created;
  });
}
