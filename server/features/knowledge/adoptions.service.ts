import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { adoptions, knowledgePrinciples, topLocations } from '../../../db/schema';
import type { adoptionInputSchema, adoptionUpdateSchema } from '../../../shared/schemas/knowledge';
import { maturityRank, needsAdoptionElsewhere, type MaturityLevel } from '../../../shared/domain/knowledge';
import { AppError } from '../../errors';
import { audited, found, revised, uniqueOr, type ServiceContext } from '../scope';
import { requireLocation, requireNotFuture, requirePrinciple, requireWritableLocation } from './access';
import { adoptionCount } from './ladder.service';

/**
 * An adoption records a principle taken up at another TOP-locatie. Invariant: never at the location
 * where it was found (refused here, and updatePrinciple refuses moving the origin onto an adopter), so
 * "at least one adoption" always means "adopted elsewhere". A locatie user records adoptions at their
 * own TOP-locatie.
 */
export function addAdoption(ctx: ServiceContext, input: z.output<typeof adoptionInputSchema>) {
  const principle = requirePrinciple(ctx, input.principleId);
  requireLocation(ctx, input.locationId);
  if (input.locationId === principle.foundAtLocationId)
    throw new AppError('CONFLICT', 'e.knowledge.adoptionAtOrigin', 'locationId');
  requireWritableLocation(ctx, input.locationId, 'locationId');
  requireNotFuture(ctx, input.adoptedOn, 'adoptedOn');
  return uniqueOr(
    () =>
      audited(ctx, 'principle.adoption.add', 'knowledge_adoption', (tx) =>
        tx
          .insert(adoptions)
          .values({ ...input, createdBy: ctx.actor.userId, createdAt: ctx.clock.now() })
          .returning({ id: adoptions.id })
          .get(),
      ),
    'e.knowledge.adoptionTaken',
    'locationId',
  );
}

function requireAdoption(ctx: ServiceContext, id: number) {
  return found(
    ctx.db
      .select({
        id: adoptions.id,
        principleId: adoptions.principleId,
        locationId: adoptions.locationId,
        maturity: knowledgePrinciples.maturity,
      })
      .from(adoptions)
      .innerJoin(knowledgePrinciples, eq(knowledgePrinciples.id, adoptions.principleId))
      .where(and(eq(adoptions.id, id), eq(knowledgePrinciples.partnershipId, ctx.actor.partnershipId)))
      .get(),
  );
}

export function updateAdoption(ctx: ServiceContext, input: z.output<typeof adoptionUpdateSchema>) {
  const adoption = requireAdoption(ctx, input.id);
  requireWritableLocation(ctx, adoption.locationId);
  requireNotFuture(ctx, input.adoptedOn, 'adoptedOn');
  const { id, revision: read, ...fields } = input;
  return audited(ctx, 'principle.adoption.update', 'knowledge_adoption', (tx) => {
    const revision = revised(ctx, 'knowledge_adoption', id, read);
    tx.update(adoptions).set(fields).where(eq(adoptions.id, id)).run();
    return { id, revision };
  });
}

/** The last adoption of a principle that claims to have spread cannot go: move it down first. */
export function removeAdoption(ctx: ServiceContext, id: number) {
  const adoption = requireAdoption(ctx, id);
  requireWritableLocation(ctx, adoption.locationId);
  if (needsAdoptionElsewhere(adoption.maturity as MaturityLevel) && adoptionCount(ctx, adoption.principleId) <= 1) {
    throw new AppError('CONFLICT', 'e.knowledge.lastAdoption');
  }
  return audited(ctx, 'principle.adoption.remove', 'knowledge_adoption', (tx) => {
    tx.delete(adoptions).where(eq(adoptions.id, id)).run();
    return { id };
  });
}

/** Principles × TOP-locaties: where each was found and where it was taken up, most mature first. */
export function spreadMatrix({ db, actor }: ServiceContext) {
  const locations = db
    .select({ id: topLocations.id, name: topLocations.name })
    .from(topLocations)
    .where(eq(topLocations.partnershipId, actor.partnershipId))
    .orderBy(asc(topLocations.name))
    .all();
  const p = knowledgePrinciples;
  const principles = db
    .select({ id: p.id, statement: p.statement, maturity: p.maturity, foundAtLocationId: p.foundAtLocationId })
    .from(p)
    .where(eq(p.partnershipId, actor.partnershipId))
    .orderBy(asc(p.statement))
    .all()
    .map((r) => ({ ...r, maturity: r.maturity as MaturityLevel }))
    .sort((a, b) => maturityRank(b.maturity) - maturityRank(a.maturity));
  const adopted = principles.length
    ? db
        .select({
          principleId: adoptions.principleId,
          locationId: adoptions.locationId,
          adoptedOn: adoptions.adoptedOn,
        })
        .from(adoptions)
        .where(
          inArray(
            adoptions.principleId,
            principles.map((r) => r.id),
          ),
        )
        .all()
    : [];
  return {
    locations,
    principles: principles.map((r) => ({
      ...r,
      adoptions: adopted
        .filter((a) => a.principleId === r.id)
        .map(({ locationId, adoptedOn }) => ({ locationId, adoptedOn })),
    })),
  };
}
