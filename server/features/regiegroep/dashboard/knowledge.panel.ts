import { and, asc, eq } from 'drizzle-orm';
import {
  adoptions,
  entryStatusChanges,
  knowledgeCategories,
  knowledgeEntries,
  knowledgePrinciples,
  maturityChanges,
  topLocations,
} from '../../../../db/schema';
import {
  ENTRY_STATUSES,
  MATURITY_LEVELS,
  PRACTICAL_CATEGORIES,
  type EntryStatus,
  type MaturityLevel,
} from '../../../../shared/domain/knowledge';
import type { ServiceContext } from '../../scope';
import { monthsOf, type DashboardScope } from './scope';

/** The last day of a month ("2026-11" → "2026-11-30"). */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/**
 * The knowledge base as the regiegroep follows it. Status and maturity are taken *as they stood* at a
 * date from their histories, so a past school year shows that year and not today. Location filter:
 * dilemmas at that TOP-locatie; principles found or adopted there. Organisation: the same, through the
 * locations' organisations. Programmes do not apply to the knowledge base.
 */
export function knowledgeData(ctx: ServiceContext, scope: DashboardScope) {
  const { db, actor } = ctx;
  const locationOrg = new Map(
    db
      .select({ id: topLocations.id, organisationId: topLocations.organisationId })
      .from(topLocations)
      .where(eq(topLocations.partnershipId, actor.partnershipId))
      .all()
      .map((l) => [l.id, l.organisationId]),
  );
  const atPlace = (locationId: number | null) =>
    (scope.locationId === null || locationId === scope.locationId) &&
    (scope.organisationId === null || (locationId !== null && locationOrg.get(locationId) === scope.organisationId));
  const dilemmas = db
    .select({
      id: knowledgeEntries.id,
      title: knowledgeEntries.title,
      category: knowledgeEntries.category,
      categoryId: knowledgeEntries.categoryId,
      locationId: knowledgeEntries.locationId,
      occurredOn: knowledgeEntries.occurredOn,
    })
    .from(knowledgeEntries)
    .where(and(eq(knowledgeEntries.partnershipId, actor.partnershipId), eq(knowledgeEntries.type, 'dilemma')))
    .all()
    .filter((d) => atPlace(d.locationId));
  const changes = db
    .select({
      entryId: entryStatusChanges.entryId,
      toStatus: entryStatusChanges.toStatus,
      changedOn: entryStatusChanges.changedOn,
    })
    .from(entryStatusChanges)
    .innerJoin(knowledgeEntries, eq(knowledgeEntries.id, entryStatusChanges.entryId))
    .where(and(eq(knowledgeEntries.partnershipId, actor.partnershipId), eq(knowledgeEntries.type, 'dilemma')))
    .orderBy(asc(entryStatusChanges.changedOn), asc(entryStatusChanges.id))
    .all();
  const principles = db
    .select({ id: knowledgePrinciples.id, foundAtLocationId: knowledgePrinciples.foundAtLocationId })
    .from(knowledgePrinciples)
    .where(eq(knowledgePrinciples.partnershipId, actor.partnershipId))
    .all();
  const moves = db
    .select({
      principleId: maturityChanges.principleId,
      toLevel: maturityChanges.toLevel,
      changedOn: maturityChanges.changedOn,
    })
    .from(maturityChanges)
    .innerJoin(knowledgePrinciples, eq(knowledgePrinciples.id, maturityChanges.principleId))
    .where(eq(knowledgePrinciples.partnershipId, actor.partnershipId))
    .orderBy(asc(maturityChanges.changedOn), asc(maturityChanges.id))
    .all();
  const adopted = db
    .select({
      principleId: adoptions.principleId,
      locationId: adoptions.locationId,
      locationName: topLocations.name,
      adoptedOn: adoptions.adoptedOn,
    })
    .from(adoptions)
    .innerJoin(topLocations, eq(topLocations.id, adoptions.locationId))
    .where(eq(topLocations.partnershipId, actor.partnershipId))
    .all();
  const ownCategories = new Map(
    db
      .select({ id: knowledgeCategories.id, name: knowledgeCategories.name })
      .from(knowledgeCategories)
      .where(eq(knowledgeCategories.partnershipId, actor.partnershipId))
      .all()
      .map((c) => [c.id, c.name]),
  );
  return { atPlace, dilemmas, changes, principles, moves, adopted, ownCategories };
}

/** Status of each dilemma as it stood on `date` (absent: not yet raised). */
export function dilemmaStatusOn(
  data: Pick<ReturnType<typeof knowledgeData>, 'dilemmas' | 'changes'>,
  date: string,
): Map<number, EntryStatus> {
  const out = new Map<number, EntryStatus>();
  const ids = new Set(data.dilemmas.filter((d) => d.occurredOn <= date).map((d) => d.id));
  for (const c of data.changes)
    if (c.changedOn <= date && ids.has(c.entryId)) out.set(c.entryId, c.toStatus as EntryStatus);
  return out;
}

/** Maturity of each principle on `date`, and where it was adopted by then; filtered by place. */
export function principlesOn(data: ReturnType<typeof knowledgeData>, date: string) {
  const level = new Map<number, MaturityLevel>();
  for (const m of data.moves) if (m.changedOn <= date) level.set(m.principleId, m.toLevel as MaturityLevel);
  return data.principles
    .filter((p) => level.has(p.id))
    .map((p) => ({
      id: p.id,
      maturity: level.get(p.id)!,
      foundAtLocationId: p.foundAtLocationId,
      adoptedAt: data.adopted.filter((a) => a.principleId === p.id && a.adoptedOn <= date),
    }))
    .filter((p) => data.atPlace(p.foundAtLocationId) || p.adoptedAt.some((a) => data.atPlace(a.locationId)));
}

const statusCounts = (statuses: EntryStatus[]) =>
  Object.fromEntries(ENTRY_STATUSES.map((s) => [s, statuses.filter((x) => x === s).length])) as Record<
    EntryStatus,
    number
  >;

export function knowledgePanel(ctx: ServiceContext, scope: DashboardScope) {
  if (scope.empty) return null;
  const data = knowledgeData(ctx, scope);
  const asOf = scope.to < scope.today ? scope.to : scope.today;
  const now = dilemmaStatusOn(data, asOf);
  const categoryKeys = [
    ...PRACTICAL_CATEGORIES.map((c) => ({
      category: c,
      categoryId: null as number | null,
      name: null as string | null,
    })),
    ...[...data.ownCategories].map(([id, name]) => ({ category: null, categoryId: id, name })),
    { category: null, categoryId: null, name: null },
  ];
  const principles = principlesOn(data, asOf);
  const adoptionsByLocation = new Map<number, { locationId: number; name: string; adoptions: number }>();
  for (const p of principles) {
    for (const a of p.adoptedAt.filter((x) => data.atPlace(x.locationId))) {
      const row = adoptionsByLocation.get(a.locationId) ?? {
        locationId: a.locationId,
        name: a.locationName,
        adoptions: 0,
      };
      row.adoptions += 1;
      adoptionsByLocation.set(a.locationId, row);
    }
  }
  return {
    asOf,
    dilemmasOverTime: monthsOf(scope).map((month) => {
      const end = monthEnd(month) < asOf ? monthEnd(month) : asOf;
      return { month, ...statusCounts([...dilemmaStatusOn(data, end).values()]) };
    }),
    dilemmasByCategory: categoryKeys
      .map((k) => ({
        ...k,
        ...statusCounts(
          data.dilemmas
            .filter((d) => d.category === k.category && d.categoryId === k.categoryId && now.has(d.id))
            .map((d) => now.get(d.id)!),
        ),
      }))
      .filter((row) => ENTRY_STATUSES.some((s) => row[s] > 0)),
    principlesByMaturity: MATURITY_LEVELS.map((maturity) => ({
      maturity,
      principles: principles.filter((p) => p.maturity === maturity).length,
    })),
    readyToScale: principles.filter((p) => p.maturity === 'beproefd' && p.adoptedAt.length > 0).length,
    adoptionSpread: [0, 1, 2, 3].map((spread) => ({
      spread,
      principles: principles.filter((p) => Math.min(3, new Set(p.adoptedAt.map((a) => a.locationId)).size) === spread)
        .length,
    })),
    adoptionsByLocation: [...adoptionsByLocation.values()].sort(
      (a, b) => b.adoptions - a.adoptions || a.name.localeCompare(b.name),
    ),
  };
}
