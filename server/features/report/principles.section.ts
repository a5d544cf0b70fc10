import { asc, eq, inArray } from 'drizzle-orm';
import { adoptions, knowledgePrinciples, maturityChanges } from '../../../db/schema';
import { maturityRank, type MaturityLevel } from '../../../shared/domain/knowledge';
import type { ServiceContext } from '../scope';
import type { ReportRange } from './period';

const isWithin = (date: string, range: ReportRange) => date >= range.from && date <= range.to;

/**
 * Working principles scaled up in the period (docs/decisions/091). "Opgeschaald" is the knowledge base's
 * own word: the rung of the maturity ladder that claims the principle has spread, which it may only
 * reach with an adoption at another TOP-locatie. A principle is in the report when, within the period,
 * it reached that rung (or "geborgd" above it) or was adopted at another TOP-locatie. Counts of
 * principles and locations, not of people: no "< 5" rule applies.
 */
export function principlesSection(ctx: ServiceContext, range: ReportRange) {
  const principles = ctx.db
    .select({
      id: knowledgePrinciples.id,
      statement: knowledgePrinciples.statement,
      maturity: knowledgePrinciples.maturity,
    })
    .from(knowledgePrinciples)
    .where(eq(knowledgePrinciples.partnershipId, ctx.actor.partnershipId))
    .orderBy(asc(knowledgePrinciples.id))
    .all();
  const ids = principles.length ? principles.map((p) => p.id) : [0];
  const moves = ctx.db
    .select({
      principleId: maturityChanges.principleId,
      toLevel: maturityChanges.toLevel,
      on: maturityChanges.changedOn,
    })
    .from(maturityChanges)
    .where(inArray(maturityChanges.principleId, ids))
    .all();
  const taken = ctx.db
    .select({ principleId: adoptions.principleId, on: adoptions.adoptedOn })
    .from(adoptions)
    .where(inArray(adoptions.principleId, ids))
    .all();
  const rows = principles
    .map((p) => {
      const scaledOn = moves
        .filter(
          (m) =>
            m.principleId === p.id &&
            isWithin(m.on, range) &&
            maturityRank(m.toLevel as MaturityLevel) >= maturityRank('opgeschaald'),
        )
        .map((m) => m.on)
        .sort()[0];
      const own = taken.filter((a) => a.principleId === p.id);
      return {
        id: p.id,
        statement: p.statement,
        maturity: p.maturity as MaturityLevel,
        scaledUpOn: scaledOn ?? null,
        adoptedInPeriod: own.filter((a) => isWithin(a.on, range)).length,
        locationsAdopted: own.filter((a) => a.on <= range.to).length,
      };
    })
    .filter((p) => p.scaledUpOn !== null || p.adoptedInPeriod > 0);
  return {
    scaledUp: rows.filter((p) => p.scaledUpOn !== null).length,
    adoptions: rows.reduce((n, p) => n + p.adoptedInPeriod, 0),
    principles: rows,
  };
}
