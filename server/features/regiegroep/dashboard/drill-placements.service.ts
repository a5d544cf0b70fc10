import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  placementAssignments,
  placementParticipants,
  placementPreferences,
  placementRoundLocations,
  programmes,
  students,
  topLocations,
} from '../../../../db/schema';
import type { drillPlacementsSchema, UnplacedReason } from '../../../../shared/schemas/regiegroep';
import { auditAs, type ServiceContext } from '../../scope';
import { isSmall, shownBreakdown } from '../small-groups';
import { resolveScope, type DashboardScope } from './scope';
import { programmeSelected, unplacedTable } from './unplaced-table';
import { SHIELDED, SUPPRESSED, type ShownCount } from '../../../../shared/domain/regiegroep';
import {
  lastPublishedRound,
  matchesFilters,
  participantGroups,
  unplacedReasonSql,
  type ParticipantGroup,
} from './placement-groups';
import { placementsPanel } from './placements.panel';

type DrillInput = z.output<typeof drillPlacementsSchema>;

function matchesDrill(
  input: DrillInput,
  g: { locationId: number | null; rank: number | null; reason: string | null },
): boolean {
  if (input.outcome === 'geplaatst' && g.locationId === null) return false;
  if (input.outcome === 'niet-geplaatst' && g.locationId !== null) return false;
  if (input.reason !== undefined && g.reason !== input.reason) return false;
  if (input.rank !== undefined && (g.locationId === null || (g.rank ?? 0) !== input.rank)) return false;
  return true;
}

/** One row per student of the round, with names: only for those who plan placements. */
function studentRows(ctx: ServiceContext, roundId: number) {
  const reason = unplacedReasonSql();
  return ctx.db
    .select({
      participantId: placementParticipants.id,
      firstName: students.firstName,
      lastName: students.lastName,
      programmeId: students.programmeId,
      programmeName: programmes.name,
      institutionId: programmes.institutionId,
      locationId: placementRoundLocations.locationId,
      locationName: topLocations.name,
      locationOrganisationId: topLocations.organisationId,
      rank: placementPreferences.rank,
      reason: sql<string | null>`CASE WHEN ${placementAssignments.participantId} IS NULL THEN ${reason} END`,
    })
    .from(placementParticipants)
    .innerJoin(students, eq(students.id, placementParticipants.studentId))
    .innerJoin(programmes, eq(programmes.id, students.programmeId))
    .leftJoin(placementAssignments, eq(placementAssignments.participantId, placementParticipants.id))
    .leftJoin(placementRoundLocations, eq(placementRoundLocations.id, placementAssignments.roundLocationId))
    .leftJoin(topLocations, eq(topLocations.id, placementRoundLocations.locationId))
    .leftJoin(
      placementPreferences,
      and(
        eq(placementPreferences.participantId, placementParticipants.id),
        eq(placementPreferences.roundLocationId, placementAssignments.roundLocationId),
      ),
    )
    .where(and(eq(placementParticipants.roundId, roundId), isNull(placementParticipants.withdrawnAt)))
    .orderBy(asc(students.lastName), asc(students.firstName))
    .all();
}

/**
 * Behind a placements figure. The projectleider (who plans placements) gets the students by name —
 * an audited view of personal data. The regiegroep gets the same selection as counts per programme
 * and TOP-locatie, under the "< 5" rule: aggregates, never names.
 */
export function drillPlacements(ctx: ServiceContext, input: DrillInput) {
  const scope = resolveScope(ctx, input);
  const round = scope.empty ? undefined : lastPublishedRound(ctx, scope);
  if (!round) return { round: null, level: 'aggregate' as const, groups: [], students: [] };
  const roundInfo = { id: round.id, name: round.name };
  if (ctx.actor.roles.includes('projectleider')) {
    const rows = studentRows(ctx, round.id).filter((r) => matchesFilters(scope, r) && matchesDrill(input, r));
    auditAs(ctx, {
      action: 'regiegroep.placements.view',
      subjectType: 'placement_round',
      subjectId: round.id,
      detail: { students: rows.length },
    });
    return {
      round: roundInfo,
      level: 'names' as const,
      groups: [],
      students: rows.map((r) => ({
        participantId: r.participantId,
        name: `${r.firstName} ${r.lastName}`,
        programmeName: r.programmeName,
        locationName: r.locationName,
        rank: r.locationId === null ? null : (r.rank ?? 0),
        reason: r.reason as UnplacedReason | null,
      })),
    };
  }
  // The regiegroep: placed students as the fill table already shows them (the same cells, hidden the
  // same way); unplaced students (and everyone) per programme read off the same protected tables as
  // the panel (decision 073); ranks per programme hidden under their own published total.
  if (input.outcome === 'geplaatst' && input.rank === undefined) {
    const panel = placementsPanel(ctx, scope);
    const groups = (panel.round ? panel.fill : []).flatMap((l) =>
      l.programmes
        .filter((c) => c.placed !== 0)
        .map((c) => ({ programmeName: c.name, locationName: l.name, students: c.placed })),
    );
    return { round: roundInfo, level: 'aggregate' as const, groups, students: [] };
  }
  if (input.rank === undefined)
    return {
      round: roundInfo,
      level: 'aggregate' as const,
      groups: unplacedOrAll(ctx, scope, input, round.id),
      students: [],
    };
  // Ranks per programme: protected against their own total only (decision 073 leaves this open).
  const programmeName = new Map(
    ctx.db
      .select({ id: programmes.id, name: programmes.name })
      .from(programmes)
      .where(eq(programmes.partnershipId, ctx.actor.partnershipId))
      .all()
      .map((p) => [p.id, p.name]),
  );
  const perProgramme = new Map<number, number>();
  for (const g of participantGroups(ctx, round.id).filter(
    (x: ParticipantGroup) => matchesFilters(scope, x) && matchesDrill(input, x),
  ))
    perProgramme.set(g.programmeId, (perProgramme.get(g.programmeId) ?? 0) + g.n);
  const rows = [...perProgramme].sort(([a], [b]) =>
    (programmeName.get(a) ?? '').localeCompare(programmeName.get(b) ?? ''),
  );
  const total = rows.reduce((n, [, c]) => n + c, 0);
  const shown = shownBreakdown(
    rows.map(([, n]) => n),
    !isSmall(total),
  );
  return {
    round: roundInfo,
    level: 'aggregate' as const,
    groups: rows.map(([id], i) => ({
      programmeName: programmeName.get(id) ?? '',
      locationName: null as string | null,
      students: shown[i]!,
    })),
    students: [],
  };
}

/**
 * The regiegroep's drill-down behind "unplaced" (optionally for one reason) or behind "to place", per
 * programme: the panel's protected unplaced table, plus the panel's placed figure per programme; a sum
 * is shown only when both parts are (decision 073).
 */
function unplacedOrAll(ctx: ServiceContext, scope: DashboardScope, input: DrillInput, roundId: number) {
  const programmeRows = ctx.db
    .select({ id: programmes.id, name: programmes.name, institutionId: programmes.institutionId })
    .from(programmes)
    .where(eq(programmes.partnershipId, ctx.actor.partnershipId))
    .orderBy(programmes.name)
    .all();
  const groups = participantGroups(ctx, roundId);
  const unplaced = unplacedTable(programmeRows, groups);
  const panel = input.outcome === undefined ? placementsPanel(ctx, scope) : null;
  return programmeRows
    .map((p) => {
      const u = programmeSelected(scope, p) ? unplaced.sum([p], input.reason ? [input.reason] : undefined) : 0;
      if (!panel?.round) return { programmeName: p.name, locationName: null as string | null, students: u };
      const placed = panel.byProgramme.find((c) => c.programmeId === p.id)?.placed ?? 0;
      const raw = groups.filter((g) => g.programmeId === p.id && matchesFilters(scope, g)).reduce((n, g) => n + g.n, 0);
      const both: ShownCount =
        typeof placed === 'number' && typeof u === 'number' ? placed + u : isSmall(raw) ? SUPPRESSED : SHIELDED;
      return { programmeName: p.name, locationName: null as string | null, students: both };
    })
    .filter((g) => g.students !== 0);
}
