import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { preparedQuery } from '../../../db/prepared';
import {
  cohorts,
  mentorTeamMembers,
  mentorTeams,
  organisations,
  periods,
  programmes,
  schoolYears,
  students,
} from '../../../db/schema';
import type { Role } from '../../../shared/domain/roles';
import { isoWeek, mondayOfIsoWeek, addDays, type IsoWeek } from '../../../shared/domain/dates';
import { AppError } from '../../errors';
import { found, todayOf, type ServiceContext } from '../scope';
import { actorKey, cachedRead } from '../../cache/read-cache';

/**
 * Who reaches which team. The permission (checked by the router) says *what* a role may do; this
 * says *which teams*: the roles listed per capability see every team of the partnership, a mentor
 * only the teams they are a member of. Another partnership's team is "not found" before anything.
 */
export const SEES_EVERY_TEAM = {
  /** Logs, student notes, presence, reflections. */
  read: ['projectleider'],
  /** Writing logs, notes, signals and hours: members only. */
  write: [],
  signals: ['projectleider', 'regiegroep'],
  hours: ['projectleider', 'regiegroep'],
} as const satisfies Record<string, readonly Role[]>;
export type TeamCapability = keyof typeof SEES_EVERY_TEAM;

const teamColumns = {
  id: mentorTeams.id,
  name: mentorTeams.name,
  cohortId: mentorTeams.cohortId,
  cohortName: cohorts.name,
  sessionWeekday: mentorTeams.sessionWeekday,
  budgetHoursPerPeriod: mentorTeams.budgetHoursPerPeriod,
  defaultPlannedDays: mentorTeams.defaultPlannedDays,
  revision: mentorTeams.revision,
  schoolYearId: schoolYears.id,
  schoolYearLabel: schoolYears.label,
  schoolYearStartsOn: schoolYears.startsOn,
  schoolYearEndsOn: schoolYears.endsOn,
};

function selectTeams({ db }: Pick<ServiceContext, 'db'>) {
  return db
    .select(teamColumns)
    .from(mentorTeams)
    .innerJoin(cohorts, eq(cohorts.id, mentorTeams.cohortId))
    .innerJoin(schoolYears, eq(schoolYears.id, cohorts.schoolYearId))
    .$dynamic();
}

const teamInPartnership = preparedQuery((db) =>
  selectTeams({ db })
    .where(
      and(
        eq(mentorTeams.id, sql.placeholder('teamId')),
        eq(mentorTeams.partnershipId, sql.placeholder('partnershipId')),
      ),
    )
    .prepare(),
);

/** The team if it is in the actor's partnership (no access check: for lookups, not for showing). */
export function requireTeam(ctx: ServiceContext, teamId: number) {
  return found(teamInPartnership(ctx.db).get({ teamId, partnershipId: ctx.actor.partnershipId }));
}
export type TeamRow = ReturnType<typeof requireTeam>;

function seesEveryTeam(ctx: ServiceContext, capability: TeamCapability): boolean {
  return (SEES_EVERY_TEAM[capability] as readonly Role[]).some((role) => ctx.actor.roles.includes(role));
}

const teamsOfMember = preparedQuery((db) =>
  db
    .select({ id: mentorTeamMembers.teamId })
    .from(mentorTeamMembers)
    .innerJoin(mentorTeams, eq(mentorTeams.id, mentorTeamMembers.teamId))
    .where(
      and(
        eq(mentorTeamMembers.userId, sql.placeholder('userId')),
        eq(mentorTeams.partnershipId, sql.placeholder('partnershipId')),
      ),
    )
    .prepare(),
);

function memberTeamIds(ctx: ServiceContext): number[] {
  if (!ctx.actor.roles.includes('mentor')) return [];
  return teamsOfMember(ctx.db)
    .all({ userId: ctx.actor.userId, partnershipId: ctx.actor.partnershipId })
    .map((r) => r.id);
}

/** Whether the actor may use this team (already found in their partnership) for `capability`. */
export function mayUse(ctx: ServiceContext, teamId: number, capability: TeamCapability): boolean {
  return seesEveryTeam(ctx, capability) || memberTeamIds(ctx).includes(teamId);
}

/**
 * The team, if the actor may use it for `capability`; otherwise not found / not a member. Every read
 * and save of a team repeats this, so it is kept until a table it read is written (a refusal is
 * thrown, so never kept).
 */
export function teamAccess(ctx: ServiceContext, teamId: number, capability: TeamCapability): TeamRow {
  return cachedRead(ctx.db, `mentorTeams.teamAccess|${actorKey(ctx.actor)}|${teamId}|${capability}`, () => {
    const team = requireTeam(ctx, teamId);
    if (mayUse(ctx, teamId, capability)) return team;
    throw new AppError('FORBIDDEN', 'e.mentorTeams.notMember');
  });
}

/** Every team of the partnership the actor may use for `capability`, by name. */
export function visibleTeams(ctx: ServiceContext, capability: TeamCapability): TeamRow[] {
  if (seesEveryTeam(ctx, capability)) return allTeams(ctx);
  const ids = memberTeamIds(ctx);
  return ids.length
    ? selectTeams(ctx)
        .where(and(eq(mentorTeams.partnershipId, ctx.actor.partnershipId), inArray(mentorTeams.id, ids)))
        .orderBy(asc(mentorTeams.name))
        .all()
    : [];
}

/** Every team of the partnership (for management; callers check the permission). */
export function allTeams(ctx: ServiceContext): TeamRow[] {
  return selectTeams(ctx)
    .where(eq(mentorTeams.partnershipId, ctx.actor.partnershipId))
    .orderBy(asc(mentorTeams.name))
    .all();
}

/**
 * The students of the team's class, by name, with their own programme (and its days a week) and
 * institution: a class may hold students of several ROCs. Who left the class at a roll-over is no longer
 * in it (decision 087).
 */
const studentsOfClass = preparedQuery((db) =>
  db
    .select({
      id: students.id,
      firstName: students.firstName,
      lastName: students.lastName,
      programmeName: programmes.name,
      programmeDays: programmes.daysPerWeek,
      institutionName: organisations.name,
    })
    .from(students)
    .innerJoin(programmes, eq(programmes.id, students.programmeId))
    .innerJoin(organisations, eq(organisations.id, programmes.institutionId))
    .where(
      and(
        eq(students.cohortId, sql.placeholder('cohortId')),
        eq(students.partnershipId, sql.placeholder('partnershipId')),
        isNull(students.leftOn),
      ),
    )
    .orderBy(asc(students.lastName), asc(students.firstName))
    .prepare(),
);

/** Kept until a table it read is written: every presence save checks the class. Shared: do not change. */
export function classStudents(ctx: ServiceContext, team: Pick<TeamRow, 'cohortId'>) {
  const { partnershipId } = ctx.actor;
  return cachedRead(ctx.db, `mentorTeams.classStudents|${partnershipId}|${team.cohortId}`, () =>
    studentsOfClass(ctx.db).all({ cohortId: team.cohortId, partnershipId }),
  );
}
export type ClassStudent = ReturnType<typeof classStudents>[number];

/** The student, if in the team's class; else not found (the class is the boundary of a team's view). */
export function requireClassStudent(
  ctx: ServiceContext,
  team: Pick<TeamRow, 'cohortId'>,
  studentId: number,
): ClassStudent {
  const student = classStudents(ctx, team).find((s) => s.id === studentId);
  if (!student) throw new AppError('NOT_FOUND', 'e.mentorTeams.notInClass');
  return student;
}

export function periodsOf(ctx: ServiceContext, team: Pick<TeamRow, 'schoolYearId'>) {
  return ctx.db
    .select({ id: periods.id, name: periods.name, startsOn: periods.startsOn, endsOn: periods.endsOn })
    .from(periods)
    .where(eq(periods.schoolYearId, team.schoolYearId))
    .orderBy(asc(periods.startsOn))
    .all();
}

/** Today in the Netherlands, on the service clock. */
export { todayOf };
export const thisWeek = (ctx: ServiceContext): IsoWeek => isoWeek(todayOf(ctx));

/** A week counts as inside the school year when any of its days is. */
export function weekInSchoolYear(
  team: Pick<TeamRow, 'schoolYearStartsOn' | 'schoolYearEndsOn'>,
  week: IsoWeek,
): boolean {
  const monday = mondayOfIsoWeek(week.year, week.week);
  return monday <= team.schoolYearEndsOn && addDays(monday, 6) >= team.schoolYearStartsOn;
}

export function requireDateInSchoolYear(
  team: Pick<TeamRow, 'schoolYearStartsOn' | 'schoolYearEndsOn'>,
  date: string,
  field: string,
): void {
  if (date < team.schoolYearStartsOn || date > team.schoolYearEndsOn)
    throw new AppError('BAD_REQUEST', 'v.dateOutsideYear', field);
}
