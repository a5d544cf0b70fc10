import { and, asc, between, count, eq, gte, lt, ne } from 'drizzle-orm';
import { regiegroepActions, regiegroepMeetings, users } from '../../../../db/schema';
import type { DashboardFilter } from '../../../../shared/schemas/regiegroep';
import { ACTION_STATUSES, type ActionStatus } from '../../../../shared/domain/regiegroep';
import type { ServiceContext } from '../../scope';
import { canSteer, groupSettings } from '../access';
import { resolveScope, type DashboardScope } from './scope';
import { teamsInScope } from './teams-scope';
import { placementsPanel } from './placements.panel';
import { mentorTeamsPanel } from './mentor-teams.panel';
import { knowledgePanel } from './knowledge.panel';

/** Regiegroep members and the projectleider see every panel; a mentor only their own teams' panels. */
export const seesWholeDashboard = (ctx: ServiceContext) =>
  ctx.actor.roles.includes('regiegroep') || ctx.actor.roles.includes('projectleider');

/** Actions by status, and the overdue ones flagged (not done, due date passed). Not tied to the filters. */
export function actionsSummary({ db, actor }: ServiceContext, today: string) {
  const byStatus = db
    .select({ status: regiegroepActions.status, n: count() })
    .from(regiegroepActions)
    .where(eq(regiegroepActions.partnershipId, actor.partnershipId))
    .groupBy(regiegroepActions.status)
    .all();
  const overdue = db
    .select({
      id: regiegroepActions.id,
      title: regiegroepActions.title,
      ownerName: users.name,
      dueOn: regiegroepActions.dueOn,
      status: regiegroepActions.status,
      meetingId: regiegroepActions.meetingId,
    })
    .from(regiegroepActions)
    .innerJoin(users, eq(users.id, regiegroepActions.ownerUserId))
    .where(
      and(
        eq(regiegroepActions.partnershipId, actor.partnershipId),
        ne(regiegroepActions.status, 'afgerond'),
        lt(regiegroepActions.dueOn, today),
      ),
    )
    .orderBy(asc(regiegroepActions.dueOn))
    .all();
  return {
    counts: Object.fromEntries(ACTION_STATUSES.map((s) => [s, byStatus.find((r) => r.status === s)?.n ?? 0])) as Record<
      ActionStatus,
      number
    >,
    overdue: overdue.map((a) => ({ ...a, status: a.status as ActionStatus })),
  };
}

/** The meeting rhythm against the meetings of the school year, and the next one. */
export function meetingsSummary(ctx: ServiceContext, scope: DashboardScope) {
  const { db, actor } = ctx;
  const inYear = scope.schoolYear
    ? db
        .select({ status: regiegroepMeetings.status, n: count() })
        .from(regiegroepMeetings)
        .where(
          and(
            eq(regiegroepMeetings.partnershipId, actor.partnershipId),
            between(regiegroepMeetings.heldOn, scope.schoolYear.startsOn, scope.schoolYear.endsOn),
          ),
        )
        .groupBy(regiegroepMeetings.status)
        .all()
    : [];
  const next = db
    .select({ id: regiegroepMeetings.id, heldOn: regiegroepMeetings.heldOn, title: regiegroepMeetings.title })
    .from(regiegroepMeetings)
    .where(
      and(
        eq(regiegroepMeetings.partnershipId, actor.partnershipId),
        eq(regiegroepMeetings.status, 'gepland'),
        gte(regiegroepMeetings.heldOn, scope.today),
      ),
    )
    .orderBy(asc(regiegroepMeetings.heldOn))
    .limit(1)
    .get();
  return {
    perYear: groupSettings(ctx).meetingsPerYear,
    held: inYear.find((r) => r.status === 'gehouden')?.n ?? 0,
    planned: inYear.find((r) => r.status === 'gepland')?.n ?? 0,
    next: next ?? null,
  };
}

/**
 * The dashboard: every panel from one resolved scope, as the procedure and the benchmark run it.
 * `timings`, when given, receives the milliseconds per panel.
 */
export function dashboard(ctx: ServiceContext, filter: DashboardFilter, timings?: Record<string, number>) {
  const timed = <T>(name: string, run: () => T): T => {
    const start = performance.now();
    const result = run();
    if (timings) timings[name] = (timings[name] ?? 0) + performance.now() - start;
    return result;
  };
  const scope = timed('scope', () => resolveScope(ctx, filter));
  const whole = seesWholeDashboard(ctx);
  const teams = timed('mentorTeams', () => teamsInScope(ctx, scope));
  return {
    scope: {
      empty: scope.empty,
      today: scope.today,
      from: scope.from,
      to: scope.to,
      schoolYear: scope.schoolYear && { id: scope.schoolYear.id, label: scope.schoolYear.label },
      period: scope.period && { id: scope.period.id, name: scope.period.name },
      periodsInYear: scope.periods.length,
      locationFilter: scope.locationId !== null,
      programmeFilter: scope.programmeId !== null,
      organisationFilter: scope.organisationId !== null,
    },
    viewer: { whole, canSteer: whole && canSteer(ctx) },
    placements: whole ? timed('placements', () => placementsPanel(ctx, scope)) : null,
    mentorTeams: timed('mentorTeams', () => mentorTeamsPanel(ctx, scope, teams)),
    knowledge: whole ? timed('knowledge', () => knowledgePanel(ctx, scope)) : null,
    actions: whole ? timed('actions', () => actionsSummary(ctx, scope.today)) : null,
    meetings: whole ? timed('meetings', () => meetingsSummary(ctx, scope)) : null,
  };
}
