/**
 * What other features may use of mentor teams (the boundary rule in .dependency-cruiser.cjs): the
 * regiegroep follows teams through these, never through the files behind them.
 */
import { AppError } from '../../errors';
import type { ServiceContext } from '../scope';
import { periodsOf, teamAccess, visibleTeams } from './access';
import { logsOf } from './presence';
import { expectedWeeks, weekStates, type CalendarInput, type CalendarWeek } from './session-calendar';
import { membersOf } from './teams.service';

export type { WeekState, CalendarWeek } from './session-calendar';
export { setSignalStatus } from './signals.service';
export { teamsActiveBetween } from './school-year-scope';

/** The ids of the teams whose signals and hours the actor may follow (every team, or a mentor's own). */
export const followedTeamIds = (ctx: ServiceContext): number[] => visibleTeams(ctx, 'signals').map((t) => t.id);

/** One team the actor may follow (else not found / not a member), with its class and school year. */
export const followedTeam = (ctx: ServiceContext, teamId: number) => teamAccess(ctx, teamId, 'signals');

/** May the actor open the team's own pages (logs, class)? The projectleider and the team's members. */
export function opensTeam(ctx: ServiceContext, teamId: number): boolean {
  try {
    teamAccess(ctx, teamId, 'read');
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}

/** Who is in a team: name, role in the team, organisation. */
export const teamMembers = (ctx: ServiceContext, teamId: number) =>
  membersOf(ctx, [teamId]).map(({ name, teamRole, organisationName }) => ({ name, teamRole, organisationName }));

/**
 * Each team's weeks in a school year (expected and logged, each with its state: the mentor-teams
 * calendar rule). Teams that meet on the same weekday share their expected weeks: worked out once.
 */
export function weeksOfTeams(
  ctx: ServiceContext,
  teams: { id: number; sessionWeekday: number }[],
  calendar: Omit<CalendarInput, 'sessionWeekday'>,
): Map<number, CalendarWeek[]> {
  const logs = logsOf(
    ctx,
    teams.map((t) => t.id),
  );
  const logsOfTeam = new Map<number, typeof logs>();
  for (const l of logs) logsOfTeam.set(l.teamId, [...(logsOfTeam.get(l.teamId) ?? []), l]);
  const expectedByWeekday = new Map<number, ReturnType<typeof expectedWeeks>>();
  const out = new Map<number, CalendarWeek[]>();
  for (const team of teams) {
    const input = { ...calendar, sessionWeekday: team.sessionWeekday };
    if (!expectedByWeekday.has(team.sessionWeekday)) expectedByWeekday.set(team.sessionWeekday, expectedWeeks(input));
    out.set(team.id, weekStates(input, logsOfTeam.get(team.id) ?? [], expectedByWeekday.get(team.sessionWeekday)));
  }
  return out;
}

/** One followed team's weeks in its own school year, with that year's periods. */
export function weeksOfTeam(ctx: ServiceContext, team: ReturnType<typeof followedTeam>, today: string): CalendarWeek[] {
  const calendar = {
    schoolYear: { startsOn: team.schoolYearStartsOn, endsOn: team.schoolYearEndsOn },
    periods: periodsOf(ctx, team),
    today,
  };
  return weeksOfTeams(ctx, [team], calendar).get(team.id) ?? [];
}

/** The classes (cohort ids) of the teams whose students the actor may read: a mentor's own teams only. */
export function readableClassIds(ctx: ServiceContext): number[] {
  return [...new Set(visibleTeams(ctx, 'read').map((t) => t.cohortId))];
}
