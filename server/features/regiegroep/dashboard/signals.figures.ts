import { and, eq, inArray } from 'drizzle-orm';
import { signals } from '../../../../db/schema';
import { BEROEPSBEELD_COMPETENCE_CODES, BEROEPSBEELD_DOMAIN_CODES } from '../../../../shared/domain/beroepsbeeld';
import { addDays, isoWeek, mondayOfIsoWeek } from '../../../../shared/domain/dates';
import { SIGNAL_STATUSES, type SignalStatus } from '../../../../shared/domain/mentor-teams';
import type { ServiceContext } from '../../scope';
import { monthsOf, type DashboardScope } from './scope';

/** The month an ISO week belongs to: that of its Thursday (as the ISO year is). */
export const monthOfWeek = (year: number, week: number) => addDays(mondayOfIsoWeek(year, week), 3).slice(0, 7);

/** Signals of the teams that were alive in the window: first seen before its end, last seen after its start. */
export function signalsInScope(ctx: ServiceContext, scope: DashboardScope, teamIds: number[]) {
  if (!teamIds.length) return [];
  const first = isoWeek(scope.from);
  const last = isoWeek(scope.to);
  const key = (y: number, w: number) => y * 100 + w;
  return ctx.db
    .select({
      id: signals.id,
      teamId: signals.teamId,
      title: signals.title,
      kind: signals.kind,
      domain: signals.domain,
      competence: signals.competence,
      status: signals.status,
      studentCount: signals.studentCount,
      firstSeenYear: signals.firstSeenYear,
      firstSeenWeek: signals.firstSeenWeek,
      lastSeenYear: signals.lastSeenYear,
      lastSeenWeek: signals.lastSeenWeek,
      weeksSeen: signals.weeksSeen,
    })
    .from(signals)
    .where(and(eq(signals.partnershipId, ctx.actor.partnershipId), inArray(signals.teamId, teamIds)))
    .all()
    .filter(
      (s) =>
        key(s.firstSeenYear, s.firstSeenWeek) <= key(last.year, last.week) &&
        key(s.lastSeenYear, s.lastSeenWeek) >= key(first.year, first.week),
    )
    .map((s) => ({ ...s, status: s.status as SignalStatus, month: monthOfWeek(s.firstSeenYear, s.firstSeenWeek) }));
}

const byStatus = (rows: { status: SignalStatus }[]) =>
  Object.fromEntries(SIGNAL_STATUSES.map((s) => [s, rows.filter((r) => r.status === s).length])) as Record<
    SignalStatus,
    number
  >;

/** Signals per Beroepsbeeld domain per month (first raised), and per domain and competence by status. Counts of signals, not students. */
export function signalsFigures(ctx: ServiceContext, scope: DashboardScope, teamIds: number[]) {
  const rows = signalsInScope(ctx, scope, teamIds);
  return {
    total: rows.length,
    byMonth: monthsOf(scope).map((month) => ({
      month,
      ...Object.fromEntries(
        BEROEPSBEELD_DOMAIN_CODES.map((d) => [d, rows.filter((r) => r.month === month && r.domain === d).length]),
      ),
    })) as ({ month: string } & Record<(typeof BEROEPSBEELD_DOMAIN_CODES)[number], number>)[],
    /** Raised before the window, still alive in it. */
    carriedOver: rows.filter((r) => r.month < scope.from.slice(0, 7)).length,
    byDomain: BEROEPSBEELD_DOMAIN_CODES.map((domain) => ({
      domain,
      ...byStatus(rows.filter((r) => r.domain === domain)),
    })),
    byCompetence: BEROEPSBEELD_COMPETENCE_CODES.map((competence) => ({
      competence,
      ...byStatus(rows.filter((r) => r.competence === competence)),
    })),
  };
}
