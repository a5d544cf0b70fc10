import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { evidenceLinks, knowledgePrinciples } from '../../../db/schema';
import type { evidenceInputSchema } from '../../../shared/schemas/knowledge';
import type { EvidenceKind, MaturityLevel } from '../../../shared/domain/knowledge';
import { AppError } from '../../errors';
import { audited, found, uniqueOr, type ServiceContext } from '../scope';
import { requirePrinciple, requireWritableLocation } from './access';
import { EVIDENCE_RESOLVERS, type EvidenceKindResolver, type EvidenceLabel } from './evidence-kinds';

function resolverFor(kind: EvidenceKind): EvidenceKindResolver {
  const resolver = EVIDENCE_RESOLVERS[kind];
  if (!resolver) throw new AppError('BAD_REQUEST', 'e.knowledge.kindUnavailable', 'kind');
  return resolver;
}

/** A principle's evidence with a label per link; a link whose target is gone or unknown shows as null. */
export function listEvidence(ctx: ServiceContext, principleId: number) {
  const links = ctx.db
    .select({ id: evidenceLinks.id, kind: evidenceLinks.kind, refId: evidenceLinks.refId })
    .from(evidenceLinks)
    .where(eq(evidenceLinks.principleId, principleId))
    .orderBy(asc(evidenceLinks.kind), asc(evidenceLinks.id))
    .all();
  const labels = new Map<string, Map<number, EvidenceLabel>>();
  for (const kind of new Set(links.map((l) => l.kind as EvidenceKind))) {
    const resolver = EVIDENCE_RESOLVERS[kind];
    if (resolver)
      labels.set(
        kind,
        resolver.describe(
          ctx,
          links.filter((l) => l.kind === kind).map((l) => l.refId),
        ),
      );
  }
  return links.map((l) => ({
    id: l.id,
    kind: l.kind as EvidenceKind,
    refId: l.refId,
    label: labels.get(l.kind)?.get(l.refId) ?? null,
  }));
}

export function addEvidence(ctx: ServiceContext, input: z.output<typeof evidenceInputSchema>) {
  const principle = requirePrinciple(ctx, input.principleId);
  requireWritableLocation(ctx, principle.foundAtLocationId);
  if (!resolverFor(input.kind).exists(ctx, input.refId)) throw new AppError('NOT_FOUND', 'e.notFound', 'refId');
  return uniqueOr(
    () =>
      audited(ctx, 'principle.evidence.add', 'knowledge_principle', (tx) => {
        tx.insert(evidenceLinks)
          .values({ ...input, createdBy: ctx.actor.userId, createdAt: ctx.clock.now() })
          .run();
        return { id: input.principleId };
      }),
    'e.knowledge.linkTaken',
    'refId',
  );
}

export function removeEvidence(ctx: ServiceContext, id: number) {
  const link = found(
    ctx.db
      .select({
        id: evidenceLinks.id,
        principleId: evidenceLinks.principleId,
        foundAtLocationId: knowledgePrinciples.foundAtLocationId,
      })
      .from(evidenceLinks)
      .innerJoin(knowledgePrinciples, eq(knowledgePrinciples.id, evidenceLinks.principleId))
      .where(and(eq(evidenceLinks.id, id), eq(knowledgePrinciples.partnershipId, ctx.actor.partnershipId)))
      .get(),
  );
  requireWritableLocation(ctx, link.foundAtLocationId);
  return audited(ctx, 'principle.evidence.remove', 'knowledge_principle', (tx) => {
    tx.delete(evidenceLinks).where(eq(evidenceLinks.id, id)).run();
    return { id: link.principleId };
  });
}

/** What could be linked, per kind: for the picker on a principle's page. */
export function evidenceCandidates(ctx: ServiceContext, kind: EvidenceKind): EvidenceLabel[] {
  return EVIDENCE_RESOLVERS[kind]?.candidates(ctx) ?? [];
}

/** The principles that cite an entry as evidence (shown on the entry's page). */
export function principlesCiting(ctx: ServiceContext, kind: EvidenceKind, refId: number) {
  const p = knowledgePrinciples;
  return ctx.db
    .select({ id: p.id, statement: p.statement, maturity: p.maturity })
    .from(evidenceLinks)
    .innerJoin(p, eq(p.id, evidenceLinks.principleId))
    .where(
      and(eq(evidenceLinks.kind, kind), eq(evidenceLinks.refId, refId), eq(p.partnershipId, ctx.actor.partnershipId)),
    )
    .orderBy(asc(p.statement))
    .all()
    .map((r) => ({ ...r, maturity: r.maturity as MaturityLevel }));
}
