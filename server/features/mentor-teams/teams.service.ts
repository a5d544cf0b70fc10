import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import {
  cohorts,
  memberships,
  mentorTeamMembers,
  mentorTeamOrganisations,
  mentorTeams,
  organisations,
  users,
} from '../../../db/schema';
import type { teamInputSchema, teamUpdateSchema } from '../../../shared/schemas/mentor-teams';
import { AppError } from '../../errors';
import { getCohort } from '../cohorts/public';
import { getOrganisation, listOrganisations } from '../organisations/public';
import { audited, uniqueOr, unlessInUse, type ServiceContext } from '../scope';
import { allTeams, requireTeam, visibleTeams } from './access';

type TeamInput = z.output<typeof teamInputSchema>;
type TeamUpdate = z.output<typeof teamUpdateSchema>;
type Tx = Parameters<Parameters<ServiceContext['db']['transaction']>[0]>[0];

/** Members of the given teams, with their role in the team and organisation. */
export function membersOf(ctx: ServiceContext, teamIds: number[]) {
  if (!teamIds.length) return [];
  return ctx.db
    .select({
      teamId: mentorTeamMembers.teamId,
      userId: users.id,
      name: users.name,
      teamRole: mentorTeamMembers.teamRole,
      organisationId: mentorTeamMembers.organisationId,
      organisationName: organisations.name,
    })
    .from(mentorTeamMembers)
    .innerJoin(users, eq(users.id, mentorTeamMembers.userId))
    .leftJoin(organisations, eq(organisations.id, mentorTeamMembers.organisationId))
    .where(inArray(mentorTeamMembers.teamId, teamIds))
    .orderBy(asc(users.name))
    .all();
}

export function adoptersOf(ctx: ServiceContext, teamIds: number[]) {
  if (!teamIds.length) return [];
  return ctx.db
    .select({ teamId: mentorTeamOrganisations.teamId, id: organisations.id, name: organisations.name })
    .from(mentorTeamOrganisations)
    .innerJoin(organisations, eq(organisations.id, mentorTeamOrganisations.organisationId))
    .where(inArray(mentorTeamOrganisations.teamId, teamIds))
    .orderBy(asc(organisations.name))
    .all();
}

/** All teams with their set-up, for the projectleider's management screen. */
export function listTeams(ctx: ServiceContext) {
  const teams = allTeams(ctx);
  const ids = teams.map((t) => t.id);
  const members = membersOf(ctx, ids);
  const adopters = adoptersOf(ctx, ids);
  return teams.map((t) => ({
    id: t.id,
    name: t.name,
    cohortId: t.cohortId,
    cohortName: t.cohortName,
    sessionWeekday: t.sessionWeekday,
    budgetHoursPerPeriod: t.budgetHoursPerPeriod,
    defaultPlannedDays: t.defaultPlannedDays,
    members: members.filter((m) => m.teamId === t.id).map(({ teamId: _, ...m }) => m),
    organisations: adopters.filter((o) => o.teamId === t.id).map(({ id, name }) => ({ id, name })),
  }));
}

/** The teams the actor may open: all for the projectleider, their own for a mentor. */
export function myTeams(ctx: ServiceContext) {
  return visibleTeams(ctx, 'read').map((t) => ({
    id: t.id,
    name: t.name,
    cohortName: t.cohortName,
    sessionWeekday: t.sessionWeekday,
  }));
}

/** Choices for the team form: classes, organisations, and people with the mentor role. */
export function setupOptions(ctx: ServiceContext) {
  const classes = ctx.db
    .select({ id: cohorts.id, name: cohorts.name })
    .from(cohorts)
    .where(eq(cohorts.partnershipId, ctx.actor.partnershipId))
    .orderBy(asc(cohorts.name))
    .all();
  const mentors = ctx.db
    .select({ userId: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.partnershipId, ctx.actor.partnershipId), eq(memberships.role, 'mentor')))
    .orderBy(asc(users.name))
    .all();
  return { classes, organisations: listOrganisations(ctx).map(({ id, name }) => ({ id, name })), mentors };
}

function checkReferences(ctx: ServiceContext, input: TeamInput) {
  getCohort(ctx, input.cohortId);
  for (const id of input.organisationIds) getOrganisation(ctx, id);
  const mentorIds = new Set(setupOptions(ctx).mentors.map((m) => m.userId));
  input.members.forEach((m, i) => {
    if (!mentorIds.has(m.userId)) throw new AppError('BAD_REQUEST', 'e.mentorTeams.notMentor', `members.${i}.userId`);
    if (m.organisationId !== null) getOrganisation(ctx, m.organisationId);
  });
}

function writeMembership(tx: Tx, teamId: number, input: TeamInput) {
  tx.delete(mentorTeamMembers).where(eq(mentorTeamMembers.teamId, teamId)).run();
  tx.delete(mentorTeamOrganisations).where(eq(mentorTeamOrganisations.teamId, teamId)).run();
  for (const m of input.members)
    tx.insert(mentorTeamMembers)
      .values({ teamId, ...m })
      .run();
  for (const organisationId of input.organisationIds)
    tx.insert(mentorTeamOrganisations).values({ teamId, organisationId }).run();
}

const teamRow = ({ name, cohortId, sessionWeekday, budgetHoursPerPeriod, defaultPlannedDays }: TeamInput) => ({
  name,
  cohortId,
  sessionWeekday,
  budgetHoursPerPeriod,
  defaultPlannedDays,
});

export function createTeam(ctx: ServiceContext, input: TeamInput) {
  checkReferences(ctx, input);
  return uniqueOr(
    () =>
      audited(ctx, 'mentor_team.create', 'mentor_team', (tx) => {
        const { id } = tx
          .insert(mentorTeams)
          .values({ ...teamRow(input), partnershipId: ctx.actor.partnershipId, createdAt: ctx.clock.now() })
          .returning({ id: mentorTeams.id })
          .get();
        writeMembership(tx, id, input);
        return { id };
      }),
    'e.mentorTeams.cohortTaken',
    'cohortId',
  );
}

export function updateTeam(ctx: ServiceContext, input: TeamUpdate) {
  requireTeam(ctx, input.id);
  checkReferences(ctx, input);
  return uniqueOr(
    () =>
      audited(ctx, 'mentor_team.update', 'mentor_team', (tx) => {
        tx.update(mentorTeams).set(teamRow(input)).where(eq(mentorTeams.id, input.id)).run();
        writeMembership(tx, input.id, input);
        return { id: input.id };
      }),
    'e.mentorTeams.cohortTaken',
    'cohortId',
  );
}

/** A team with logs, notes, signals or hours is in use and stays (its history is the point). */
export function removeTeam(ctx: ServiceContext, id: number) {
  requireTeam(ctx, id);
  return unlessInUse(() =>
    audited(ctx, 'mentor_team.remove', 'mentor_team', (tx) => {
      tx.delete(mentorTeamMembers).where(eq(mentorTeamMembers.teamId, id)).run();
      tx.delete(mentorTeamOrganisations).where(eq(mentorTeamOrganisations.teamId, id)).run();
      tx.delete(mentorTeams).where(eq(mentorTeams.id, id)).run();
      return { id };
    }),
  );
}
