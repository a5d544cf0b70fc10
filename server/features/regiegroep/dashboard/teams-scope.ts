import { and, asc, count, eq, inArray, or, sql } from 'drizzle-orm';
import { cohortYears, cohorts, mentorTeamOrganisations, mentorTeams, students } from '../../../../db/schema';
import type { ServiceContext } from '../../scope';
import { followedTeamIds, teamsActiveBetween } from '../../mentor-teams/public';
import type { DashboardScope } from './scope';

/**
 * The mentor teams a dashboard shows: those the viewer may follow (projectleider and regiegroep every
 * team, a mentor their own — the mentor-teams feature's own rule for signals and hours), whose class is
 * in the chosen school year, of the chosen programme and organisation (the class's institution or an
 * adopting organisation). Teams are not tied to a TOP-locatie: that filter does not apply to them.
 * A class spans years (decision 088): a team is in a school year when its class belongs to it or when
 * it logged a week or hours dated within it; its figures are counted by date in the window.
 */
export function teamsInScope(ctx: ServiceContext, scope: DashboardScope) {
  if (scope.empty || !scope.schoolYear) return [];
  const visible = followedTeamIds(ctx);
  if (!visible.length) return [];
  const active = teamsActiveBetween(ctx, visible, scope.schoolYear.startsOn, scope.schoolYear.endsOn);
  const teams = ctx.db
    .select({
      id: mentorTeams.id,
      name: mentorTeams.name,
      cohortId: mentorTeams.cohortId,
      cohortName: cohorts.name,
      sessionWeekday: mentorTeams.sessionWeekday,
      // The budget of the chosen year where a roll-over kept it (decision 087), else the team's current one.
      budgetHoursPerPeriod: sql<number>`coalesce(${cohortYears.budgetHoursPerPeriod}, ${mentorTeams.budgetHoursPerPeriod})`,
      programmeId: cohorts.programmeId,
      institutionId: cohorts.institutionId,
    })
    .from(mentorTeams)
    .innerJoin(cohorts, eq(cohorts.id, mentorTeams.cohortId))
    .leftJoin(cohortYears, and(eq(cohortYears.cohortId, cohorts.id), eq(cohortYears.schoolYearId, scope.schoolYear.id)))
    .where(
      and(
        eq(mentorTeams.partnershipId, ctx.actor.partnershipId),
        inArray(mentorTeams.id, visible),
        or(eq(cohorts.schoolYearId, scope.schoolYear.id), inArray(mentorTeams.id, active)),
      ),
    )
    .orderBy(asc(mentorTeams.name))
    .all();
  if (!teams.length) return [];
  const ids = teams.map((t) => t.id);
  const adopters = ctx.db
    .select({ teamId: mentorTeamOrganisations.teamId, organisationId: mentorTeamOrganisations.organisationId })
    .from(mentorTeamOrganisations)
    .where(inArray(mentorTeamOrganisations.teamId, ids))
    .all();
  const sizes = new Map(
    ctx.db
      .select({ cohortId: students.cohortId, n: count() })
      .from(students)
      .where(
        and(
          eq(students.partnershipId, ctx.actor.partnershipId),
          inArray(
            students.cohortId,
            teams.map((t) => t.cohortId),
          ),
        ),
      )
      .groupBy(students.cohortId)
      .all()
      .map((r) => [r.cohortId, r.n]),
  );
  return teams
    .filter((t) => scope.programmeId === null || t.programmeId === scope.programmeId)
    .filter(
      (t) =>
        scope.organisationId === null ||
        t.institutionId === scope.organisationId ||
        adopters.some((a) => a.teamId === t.id && a.organisationId === scope.organisationId),
    )
    .map((t) => ({ ...t, classSize: sizes.get(t.cohortId) ?? 0 }));
}
export type ScopedTeam = ReturnType<typeof teamsInScope>[number];
