import { asc, eq } from 'drizzle-orm';
import { adoptions, knowledgePrinciples, maturityChanges } from '../../../db/schema';
import { maturityRank, type MaturityLevel } from '../../../shared/domain/knowledge';
import type { ServiceContext } from '../scope';
import type { ReportRange } from './period';

const isWithin = (date: string, range: ReportRange) => date >= range.from && date <= range.to;

function groupBy<T extends { principleId: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.principleId);
    if (group) group.push(row);
    else groups.set(row.principleId, [row]);
  }
  return groups;
}

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
  // Joined to the partnership's principles, not a list of their ids (SQLite's parameter limit), and grouped
  // per principle once instead of filtered per principle (decision 101).
  const moves = groupBy(
    ctx.db
      .select({
        principleId: maturityChanges.principleId,
        toLevel: maturityChanges.toLevel,
        on: maturityChanges.changedOn,
      })
      .from(maturityChanges)
      .innerJoin(knowledgePrinciples, eq(knowledgePrinciples.id, maturityChanges.principleId))
      .where(eq(knowledgePrinciples.partnershipId, ctx.actor.partnershipId))
      .all(),
  );
  const taken = groupBy(
    ctx.db
      .select({ principleId: adoptions.principleId, on: adoptions.adoptedOn })
      .from(adoptions)
      .innerJoin(knowledgePrinciples, eq(knowledgePrinciples.id, adoptions.principleId))
      .where(eq(knowledgePrinciples.partnershipId, ctx.actor.partnershipId))
      .all(),
  );
  const rows = principles
    .map((p) => {
      const scaledOn = (moves.get(p.id) ?? [])
        .filter((m) => isWithin(m.on, range) && maturityRank(m.toLevel as MaturityLevel) >= maturityRank('opgeschaald'))
        .map((m) => m.on)
        .sort()[0];
      const own = taken.get(p.id) ?? [];
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
