import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { regiegroepAgendaItems, regiegroepMeetings } from '../../../../db/schema';
import type { drillSignalsSchema, drillTeamSchema } from '../../../../shared/schemas/regiegroep';
import { isWithin } from '../../../../shared/domain/dates';
import type { ServiceContext } from '../../scope';
import { followedTeam, opensTeam, teamMembers, weeksOfTeam } from '../../mentor-teams/public';
import { shownCount } from '../small-groups';
import { resolveScope } from './scope';
import { teamsInScope } from './teams-scope';
import { signalsInScope } from './signals.figures';

/**
 * Behind a heat-map row or cell: the team's weeks in the window with their state, and who is in the
 * team (to ask about a missing log). Those who may open the team get a link to the week itself.
 */
export function drillTeam(ctx: ServiceContext, input: z.output<typeof drillTeamSchema>) {
  const team = followedTeam(ctx, input.teamId);
  const scope = resolveScope(ctx, input);
  const weeks = scope.empty
    ? []
    : weeksOfTeam(ctx, team, scope.today).filter((w) => isWithin(w.sessionDate, scope.from, scope.to));
  return {
    team: { id: team.id, name: team.name, cohortName: team.cohortName },
    members: teamMembers(ctx, team.id),
    weeks: weeks.map(({ key, year, week, sessionDate, state }) => ({ key, year, week, sessionDate, state })).reverse(),
    canOpen: opensTeam(ctx, team.id),
  };
}

/** Behind a signals figure: the signals themselves (tags and counts, never names), with where they are on an agenda. */
export function drillSignals(ctx: ServiceContext, input: z.output<typeof drillSignalsSchema>) {
  if (input.teamId !== undefined) followedTeam(ctx, input.teamId);
  const scope = resolveScope(ctx, input);
  const teams = teamsInScope(ctx, scope).filter((t) => input.teamId === undefined || t.id === input.teamId);
  const rows = signalsInScope(
    ctx,
    scope,
    teams.map((t) => t.id),
  ).filter(
    (s) =>
      (!input.domain || s.domain === input.domain) &&
      (!input.competence || s.competence === input.competence) &&
      (!input.status || s.status === input.status) &&
      (!input.month || s.month === input.month),
  );
  const onAgenda = rows.length
    ? ctx.db
        .select({
          refId: regiegroepAgendaItems.refId,
          meetingId: regiegroepMeetings.id,
          heldOn: regiegroepMeetings.heldOn,
        })
        .from(regiegroepAgendaItems)
        .innerJoin(regiegroepMeetings, eq(regiegroepMeetings.id, regiegroepAgendaItems.meetingId))
        .where(
          and(
            eq(regiegroepMeetings.partnershipId, ctx.actor.partnershipId),
            eq(regiegroepAgendaItems.kind, 'signaal'),
            inArray(
              regiegroepAgendaItems.refId,
              rows.map((r) => r.id),
            ),
          ),
        )
        .all()
    : [];
  const teamName = new Map(teams.map((t) => [t.id, t.name]));
  return rows
    .sort(
      (a, b) => b.lastSeenYear - a.lastSeenYear || b.lastSeenWeek - a.lastSeenWeek || a.title.localeCompare(b.title),
    )
    .map(({ studentCount, teamId, month: _, ...s }) => ({
      ...s,
      teamName: teamName.get(teamId) ?? '',
      students: shownCount(studentCount),
      agenda: onAgenda.filter((a) => a.refId === s.id).map(({ meetingId, heldOn }) => ({ meetingId, heldOn })),
    }));
}
