import { UNPLACED_REASONS, type UnplacedReason } from '../../../../shared/schemas/regiegroep';
import { protectedTable } from '../small-groups';
import type { DashboardScope } from './scope';
import type { ParticipantGroup } from './placement-groups';

/**
 * Unplaced students by programme × reason, protected once for the whole round (decision 073): the
 * dashboard's unplaced figures and the regiegroep's drill-down behind them are all sums of its cells.
 */
interface Programme {
  id: number;
  institutionId: number;
}

/** A reason the dashboard does not know counts as "onbekend". */
const reasonOf = (g: ParticipantGroup) =>
  (UNPLACED_REASONS as readonly (string | null)[]).includes(g.reason) ? g.reason : 'onbekend';

export function unplacedTable(programmes: readonly Programme[], groups: readonly ParticipantGroup[]) {
  const count = (p: Programme, r: string) =>
    groups
      .filter((g) => g.locationId === null && g.programmeId === p.id && reasonOf(g) === r)
      .reduce((n, g) => n + g.n, 0);
  const table = protectedTable(programmes.map((p) => UNPLACED_REASONS.map((r) => count(p, r))));
  return {
    /** The unplaced students of these programmes for these reasons, as they may be shown. */
    sum: (of: readonly Programme[], reasons: readonly string[] = UNPLACED_REASONS) =>
      table.sum(
        of.flatMap((p) =>
          reasons.map((r) => [programmes.indexOf(p), UNPLACED_REASONS.indexOf(r as UnplacedReason)] as const),
        ),
      ),
  };
}

/** Whether the filters select a programme's unplaced students (they have no TOP-locatie). */
export const programmeSelected = (scope: DashboardScope, p: Programme) =>
  scope.locationId === null &&
  (scope.programmeId === null || p.id === scope.programmeId) &&
  (scope.organisationId === null || p.institutionId === scope.organisationId);
