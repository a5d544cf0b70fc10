import { and, asc, eq, inArray } from 'drizzle-orm';
import { adoptions, knowledgePrinciples, principleOwners, topLocations, users } from '../../../db/schema';
import { MATURITY_LEVELS, maturityRank, type MaturityLevel } from '../../../shared/domain/knowledge';
import type { ServiceContext } from '../scope';
import { todayOf } from './access';

/**
 * The Werkende-principes boekje: every principle at or above a maturity, with what a reader in another
 * region needs — statement, explanation, blocks, where it was found and taken up, who to ask. The page
 * groups them by LOS-model block.
 */
export function booklet(ctx: ServiceContext, minMaturity: MaturityLevel) {
  const { db, actor } = ctx;
  const levels = MATURITY_LEVELS.filter((l) => maturityRank(l) >= maturityRank(minMaturity));
  const p = knowledgePrinciples;
  const rows = db
    .select({
      id: p.id,
      statement: p.statement,
      explanation: p.explanation,
      blocks: p.blocks,
      maturity: p.maturity,
      maturityOn: p.maturityOn,
      foundAtName: topLocations.name,
    })
    .from(p)
    .leftJoin(topLocations, eq(topLocations.id, p.foundAtLocationId))
    .where(and(eq(p.partnershipId, actor.partnershipId), inArray(p.maturity, levels)))
    .orderBy(asc(p.statement))
    .all();
  const ids = rows.map((r) => r.id);
  const owners = ids.length
    ? db
        .select({ principleId: principleOwners.principleId, name: users.name })
        .from(principleOwners)
        .innerJoin(users, eq(users.id, principleOwners.userId))
        .where(inArray(principleOwners.principleId, ids))
        .orderBy(asc(users.name))
        .all()
    : [];
  const adopted = ids.length
    ? db
        .select({ principleId: adoptions.principleId, locationName: topLocations.name, adoptedOn: adoptions.adoptedOn })
        .from(adoptions)
        .innerJoin(topLocations, eq(topLocations.id, adoptions.locationId))
        .where(inArray(adoptions.principleId, ids))
        .orderBy(asc(adoptions.adoptedOn))
        .all()
    : [];
  return {
    minMaturity,
    generatedOn: todayOf(ctx),
    principles: rows
      .map((r) => ({
        ...r,
        maturity: r.maturity as MaturityLevel,
        owners: owners.filter((o) => o.principleId === r.id).map((o) => o.name),
        adoptions: adopted
          .filter((a) => a.principleId === r.id)
          .map(({ locationName, adoptedOn }) => ({ locationName, adoptedOn })),
      }))
      .sort(
        (a, b) => maturityRank(b.maturity) - maturityRank(a.maturity) || a.statement.localeCompare(b.statement, 'nl'),
      ),
  };
}
