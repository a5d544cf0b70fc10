import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { knowledgePrinciples, topLocations } from '../../../../db/schema';
import type { drillEntriesSchema, drillPrinciplesSchema } from '../../../../shared/schemas/regiegroep';
import type { PracticalCategory } from '../../../../shared/domain/knowledge';
import type { ServiceContext } from '../../scope';
import { resolveScope } from './scope';
import { dilemmaStatusOn, knowledgeData, monthEnd, principlesOn } from './knowledge.panel';

const asOfOf = (scope: { to: string; today: string }) => (scope.to < scope.today ? scope.to : scope.today);

/** Behind a dilemmas figure: the dilemmas, with their status as it stood at the end of the window. */
export function drillEntries(ctx: ServiceContext, input: z.output<typeof drillEntriesSchema>) {
  const scope = resolveScope(ctx, input);
  if (scope.empty) return [];
  const data = knowledgeData(ctx, scope);
  const windowEnd = asOfOf(scope);
  const asOf = input.month && monthEnd(input.month) < windowEnd ? monthEnd(input.month) : windowEnd;
  const status = dilemmaStatusOn(data, asOf);
  const locationName = new Map(
    ctx.db
      .select({ id: topLocations.id, name: topLocations.name })
      .from(topLocations)
      .where(eq(topLocations.partnershipId, ctx.actor.partnershipId))
      .all()
      .map((l) => [l.id, l.name]),
  );
  return data.dilemmas
    .filter((d) => status.has(d.id))
    .filter(
      (d) =>
        (input.status === undefined || status.get(d.id) === input.status) &&
        (input.category === undefined || d.category === input.category),
    )
    .filter(
      (d) =>
        (input.categoryId === undefined || d.categoryId === input.categoryId) &&
        (!input.uncategorised || (d.category === null && d.categoryId === null)),
    )
    .sort((a, b) => b.occurredOn.localeCompare(a.occurredOn) || b.id - a.id)
    .map((d) => ({
      id: d.id,
      title: d.title,
      status: status.get(d.id)!,
      occurredOn: d.occurredOn,
      category: d.category as PracticalCategory | null,
      categoryName: d.categoryId !== null ? (data.ownCategories.get(d.categoryId) ?? null) : null,
      locationName: d.locationId !== null ? (locationName.get(d.locationId) ?? null) : null,
    }));
}

/** Behind a principles figure: the principles with their maturity then, where found and where adopted. */
export function drillPrinciples(ctx: ServiceContext, input: z.output<typeof drillPrinciplesSchema>) {
  const scope = resolveScope(ctx, input);
  if (scope.empty) return [];
  const data = knowledgeData(ctx, scope);
  const statements = new Map(
    ctx.db
      .select({ id: knowledgePrinciples.id, statement: knowledgePrinciples.statement })
      .from(knowledgePrinciples)
      .where(eq(knowledgePrinciples.partnershipId, ctx.actor.partnershipId))
      .all()
      .map((p) => [p.id, p.statement]),
  );
  const locationName = new Map(
    ctx.db
      .select({ id: topLocations.id, name: topLocations.name })
      .from(topLocations)
      .where(eq(topLocations.partnershipId, ctx.actor.partnershipId))
      .all()
      .map((l) => [l.id, l.name]),
  );
  return principlesOn(data, asOfOf(scope))
    .filter((p) => input.maturity === undefined || p.maturity === input.maturity)
    .filter((p) => input.adoptedAt === undefined || p.adoptedAt.some((a) => a.locationId === input.adoptedAt))
    .filter(
      (p) =>
        input.spread === undefined || Math.min(3, new Set(p.adoptedAt.map((a) => a.locationId)).size) === input.spread,
    )
    .map((p) => ({
      id: p.id,
      statement: statements.get(p.id) ?? '',
      maturity: p.maturity,
      foundAtName: p.foundAtLocationId !== null ? (locationName.get(p.foundAtLocationId) ?? null) : null,
      adoptedAt: p.adoptedAt.map((a) => ({ name: a.locationName, adoptedOn: a.adoptedOn })),
    }))
    .sort((a, b) => a.statement.localeCompare(b.statement));
}
