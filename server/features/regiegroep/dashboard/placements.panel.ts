import { and, count, eq, isNotNull } from 'drizzle-orm';
import { placementParticipants, programmes } from '../../../../db/schema';
import { UNPLACED_REASONS } from '../../../../shared/schemas/regiegroep';
import { SHIELDED, SUPPRESSED, type ShownCount } from '../../../../shared/domain/regiegroep';
import type { ServiceContext } from '../../scope';
import { isSmall, protectedTable, shownBreakdownOf, shownCount } from '../small-groups';
import { programmeSelected, unplacedTable } from './unplaced-table';
import type { DashboardScope } from './scope';
import {
  lastPublishedRound,
  matchesFilters,
  participantGroups,
  roundCapacities,
  type ParticipantGroup,
} from './placement-groups';

const fill = (placed: ShownCount, capacity: number) =>
  typeof placed === 'number' && capacity > 0 ? Math.round((1000 * placed) / capacity) / 10 : null;

const sumOf = (groups: readonly ParticipantGroup[], pick: (g: ParticipantGroup) => boolean) =>
  groups.filter(pick).reduce((n, g) => n + g.n, 0);

/**
 * Every figure of students in this panel, whatever the filters, is read off two tables protected once
 * for the whole round (small-groups.ts `protectedTable`, decision 073): placed students by TOP-locatie ×
 * programme, unplaced students by programme × reason. A filter only chooses which cells a figure sums.
 */
export function placementsPanel(ctx: ServiceContext, scope: DashboardScope) {
  const round = scope.empty ? undefined : lastPublishedRound(ctx, scope);
  if (!round) return { round: null };
  const allGroups = participantGroups(ctx, round.id);
  const groups = allGroups.filter((g) => matchesFilters(scope, g));
  const programmeRows = ctx.db
    .select({ id: programmes.id, name: programmes.name, institutionId: programmes.institutionId })
    .from(programmes)
    .where(eq(programmes.partnershipId, ctx.actor.partnershipId))
    .orderBy(programmes.name)
    .all();
  const withdrawn = ctx.db
    .select({ n: count() })
    .from(placementParticipants)
    .where(and(eq(placementParticipants.roundId, round.id), isNotNull(placementParticipants.withdrawnAt)))
    .get()!.n;
  type Location = ReturnType<typeof roundCapacities>[number];
  type Programme = (typeof programmeRows)[number];

  // The protected base: every location of the round × every programme, unfiltered.
  const allLocations = roundCapacities(ctx, round.id);
  const placedBy = new Map<string, number>();
  for (const g of allGroups)
    if (g.locationId !== null)
      placedBy.set(`${g.locationId}:${g.programmeId}`, (placedBy.get(`${g.locationId}:${g.programmeId}`) ?? 0) + g.n);
  const placedIn = (l: Location, p: Programme) => placedBy.get(`${l.locationId}:${p.id}`) ?? 0;
  const offered = new Map(
    allLocations.map((l) => [l.locationId, new Map(l.programmeCapacity.map((c) => [c.programmeId, c.capacity]))]),
  );
  const baseRows = allLocations.map((l) => l.locationId);
  const baseCols = programmeRows.map((p) => p.id);
  const placedTable = protectedTable(allLocations.map((l) => programmeRows.map((p) => placedIn(l, p))));
  const at = (l: Location, p: Programme) => [baseRows.indexOf(l.locationId), baseCols.indexOf(p.id)] as const;

  // Fill: TOP-locaties × programmes of the selection, a cell where the location offers the programme or someone is placed.
  const locations = allLocations.filter((l) => scope.locationId === null || l.locationId === scope.locationId);
  const cellIncluded = (l: Location, p: Programme) =>
    (scope.programmeId === null || p.id === scope.programmeId) &&
    (scope.organisationId === null ||
      l.organisationId === scope.organisationId ||
      p.institutionId === scope.organisationId);
  const capacityOf = (l: Location, p: Programme) =>
    cellIncluded(l, p) ? (offered.get(l.locationId)!.get(p.id) ?? 0) : 0;
  const placedAt = (l: Location, p: Programme) => (cellIncluded(l, p) ? placedIn(l, p) : 0);
  const rowsShown = locations.filter((l) => programmeRows.some((p) => capacityOf(l, p) > 0 || placedAt(l, p) > 0));
  const colsShown = programmeRows.filter((p) => rowsShown.some((l) => capacityOf(l, p) > 0 || placedAt(l, p) > 0));
  const cellsOf = (ls: readonly Location[], ps: readonly Programme[]) =>
    ls.flatMap((l) => ps.filter((p) => cellIncluded(l, p)).map((p) => at(l, p)));
  const placedShown = placedTable.sum(cellsOf(rowsShown, colsShown));
  const capacityTotal = rowsShown.reduce((n, l) => n + colsShown.reduce((m, p) => m + capacityOf(l, p), 0), 0);

  // Unplaced, by programme × reason (not tied to a location: left out when a TOP-locatie is chosen).
  const unplacedBy = unplacedTable(programmeRows, allGroups);
  const selected = programmeRows.filter((p) => programmeSelected(scope, p));
  const unplacedShown = unplacedBy.sum(selected);
  // "To place" is placed + unplaced: shown only when both are (then it tells nothing new).
  const placed = sumOf(groups, (g) => g.locationId !== null);
  const unplaced = sumOf(groups, (g) => g.locationId === null);
  const toPlaceShown =
    typeof placedShown === 'number' && typeof unplacedShown === 'number'
      ? placedShown + unplacedShown
      : isSmall(placed + unplaced)
        ? SUPPRESSED
        : SHIELDED;

  // Ranks: a breakdown of all placed students of the round. Under a TOP-locatie, programme or
  // organisation filter it would be a third table linked to the two above: not shown (decision 073).
  const filtered = scope.locationId !== null || scope.programmeId !== null || scope.organisationId !== null;
  const rankCounts = [...Array.from({ length: 10 }, (_, i) => i + 1), 0].map(
    (rank) => [rank, sumOf(allGroups, (g) => g.locationId !== null && (g.rank ?? 0) === rank)] as const,
  );
  const ranks = shownBreakdownOf(rankCounts);

  return {
    round: { id: round.id, name: round.name, publishedAt: round.publishedAt, wholeYear: round.periodId === null },
    withdrawn: shownCount(withdrawn),
    totals: {
      toPlace: scope.locationId === null ? toPlaceShown : null,
      placed: placedShown,
      unplaced: scope.locationId === null ? unplacedShown : null,
      capacity: capacityTotal,
      fillRate: fill(placedShown, capacityTotal),
    },
    fill: rowsShown.map((l) => {
      const capacity = colsShown.reduce((m, p) => m + capacityOf(l, p), 0);
      const rowPlaced = placedTable.sum(cellsOf([l], colsShown));
      return {
        locationId: l.locationId,
        name: l.name,
        capacity,
        placed: rowPlaced,
        fillRate: fill(rowPlaced, capacity),
        programmes: colsShown.map((p) => {
          const cell = cellIncluded(l, p) ? placedTable.cell(...at(l, p)) : 0;
          return {
            programmeId: p.id,
            name: p.name,
            capacity: capacityOf(l, p),
            placed: cell,
            fillRate: fill(cell, capacityOf(l, p)),
          };
        }),
      };
    }),
    byProgramme: colsShown.map((p) => {
      const capacity = rowsShown.reduce((m, l) => m + capacityOf(l, p), 0);
      const columnPlaced = placedTable.sum(cellsOf(rowsShown, [p]));
      return {
        programmeId: p.id,
        name: p.name,
        capacity,
        placed: columnPlaced,
        fillRate: fill(columnPlaced, capacity),
      };
    }),
    unplacedReasons:
      scope.locationId === null
        ? UNPLACED_REASONS.map((reason) => ({
            reason,
            students: unplacedBy.sum(selected, [reason]),
          })).filter((r) => r.students !== 0)
        : null,
    ranks: filtered
      ? null
      : rankCounts.filter(([, n]) => n > 0).map(([rank]) => ({ rank, students: ranks.get(rank)! })),
  };
}
