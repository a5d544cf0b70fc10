import { and, asc, eq, gte, inArray, lte, sum } from 'drizzle-orm';
import type { z } from 'zod';
import { mentorHourEntries, users } from '../../../db/schema';
import type { hourEntrySchema, hoursExportSchema, hoursQuerySchema } from '../../../shared/schemas/mentor-teams';
import { formatDutchDate, isoWeek, mondayOfIsoWeek } from '../../../shared/domain/dates';
import { HOUR_LABELS, MAX_HOURS_PER_DAY, hourLabelName } from '../../../shared/domain/mentor-teams';
import { AppError } from '../../errors';
import { auditAs, audited, found, type ServiceContext } from '../scope';
import { mayUse, periodsOf, requireDateInSchoolYear, teamAccess, todayOf, visibleTeams, type TeamRow } from './access';
import { periodAt } from './session-calendar';
import { membersOf } from './teams.service';
import { hoursWithComma, toCsv } from '../../http/csv';

const toHours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/** Hours of one team in one period: spent against budget, by label and by member. */
export function hoursSummary(
  ctx: ServiceContext,
  team: TeamRow,
  period: { startsOn: string; endsOn: string } | undefined,
) {
  const rows = period
    ? ctx.db
        .select({
          userId: mentorHourEntries.userId,
          label: mentorHourEntries.label,
          minutes: sum(mentorHourEntries.minutes).mapWith(Number),
        })
        .from(mentorHourEntries)
        .where(
          and(
            eq(mentorHourEntries.teamId, team.id),
            gte(mentorHourEntries.date, period.startsOn),
            lte(mentorHourEntries.date, period.endsOn),
          ),
        )
        .groupBy(mentorHourEntries.userId, mentorHourEntries.label)
        .all()
    : [];
  const total = (pick: (r: (typeof rows)[number]) => boolean) =>
    toHours(rows.filter(pick).reduce((n, r) => n + r.minutes, 0));
  return {
    budgetHours: team.budgetHoursPerPeriod,
    spentHours: total(() => true),
    byLabel: HOUR_LABELS.map((l) => ({ label: l.code, hours: total((r) => r.label === l.code) })),
    byMember: membersOf(ctx, [team.id]).map((m) => ({
      userId: m.userId,
      name: m.name,
      hours: total((r) => r.userId === m.userId),
    })),
  };
}

/** The team's hours page: the periods, the chosen (or current) one's summary, and its entries. */
export function teamHours(ctx: ServiceContext, input: z.output<typeof hoursQuerySchema>) {
  const team = teamAccess(ctx, input.teamId, 'hours');
  const readsNotes = mayUse(ctx, team.id, 'read');
  const periods = periodsOf(ctx, team);
  const period =
    input.periodId !== undefined
      ? found(periods.find((p) => p.id === input.periodId))
      : periodAt(periods, todayOf(ctx));
  const entries = period
    ? ctx.db
        .select({
          id: mentorHourEntries.id,
          date: mentorHourEntries.date,
          isoWeek: mentorHourEntries.isoWeek,
          userId: mentorHourEntries.userId,
          name: users.name,
          label: mentorHourEntries.label,
          minutes: mentorHourEntries.minutes,
          note: mentorHourEntries.note,
        })
        .from(mentorHourEntries)
        .innerJoin(users, eq(users.id, mentorHourEntries.userId))
        .where(
          and(
            eq(mentorHourEntries.teamId, team.id),
            gte(mentorHourEntries.date, period.startsOn),
            lte(mentorHourEntries.date, period.endsOn),
          ),
        )
        .orderBy(asc(mentorHourEntries.date), asc(users.name))
        .all()
    : [];
  return {
    team: { id: team.id, name: team.name, cohortName: team.cohortName },
    periods,
    period: period ?? null,
    summary: hoursSummary(ctx, team, period),
    // The regiegroep follows figures: an entry's free-text note stays with those who read the team's notes.
    entries: entries.map(({ minutes, userId, note, ...e }) => ({
      ...e,
      note: readsNotes ? note : '',
      hours: toHours(minutes),
      mine: userId === ctx.actor.userId,
    })),
  };
}

/** A member logs hours on a day; the day's total over all their teams stays within 24 hours. */
export function logHours(ctx: ServiceContext, input: z.output<typeof hourEntrySchema>) {
  const team = teamAccess(ctx, input.teamId, 'write');
  requireDateInSchoolYear(team, input.date, 'date');
  if (input.date > todayOf(ctx)) throw new AppError('BAD_REQUEST', 'v.mentorTeams.dateInFuture', 'date');
  const minutes = Math.round(input.hours * 60);
  const already = ctx.db
    .select({ minutes: sum(mentorHourEntries.minutes).mapWith(Number) })
    .from(mentorHourEntries)
    .where(and(eq(mentorHourEntries.userId, ctx.actor.userId), eq(mentorHourEntries.date, input.date)))
    .get();
  if ((already?.minutes ?? 0) + minutes > MAX_HOURS_PER_DAY * 60)
    throw new AppError('BAD_REQUEST', 'v.mentorTeams.hoursPerDay', 'hours');
  const week = isoWeek(input.date);
  return audited(ctx, 'mentor_hours.create', 'mentor_hour_entry', (tx) =>
    tx
      .insert(mentorHourEntries)
      .values({
        partnershipId: ctx.actor.partnershipId,
        teamId: team.id,
        userId: ctx.actor.userId,
        date: input.date,
        isoYear: week.year,
        isoWeek: week.week,
        label: input.label,
        minutes,
        note: input.note,
        createdAt: ctx.clock.now(),
      })
      .returning({ id: mentorHourEntries.id })
      .get(),
  );
}

export function removeHours(ctx: ServiceContext, id: number) {
  const entry = found(
    ctx.db
      .select()
      .from(mentorHourEntries)
      .where(and(eq(mentorHourEntries.id, id), eq(mentorHourEntries.partnershipId, ctx.actor.partnershipId)))
      .get(),
  );
  teamAccess(ctx, entry.teamId, 'write');
  if (entry.userId !== ctx.actor.userId) throw new AppError('FORBIDDEN', 'e.mentorTeams.notOwnHours');
  return audited(ctx, 'mentor_hours.remove', 'mentor_hour_entry', (tx) => {
    tx.delete(mentorHourEntries).where(eq(mentorHourEntries.id, id)).run();
    return { id };
  });
}

/**
 * The cost-monitoring export: hours per team, period, week, member and label, for every team the
 * actor may see (or one). Column names are the Dutch terms: the file is for Dutch spreadsheets.
 */
export function exportHours(ctx: ServiceContext, input: z.output<typeof hoursExportSchema>) {
  const teams = input.teamId !== undefined ? [teamAccess(ctx, input.teamId, 'hours')] : visibleTeams(ctx, 'hours');
  const header = [
    'Mentorteam',
    'Klas',
    'Schooljaar',
    'Periode',
    'Week',
    'Maandag',
    'Teamlid',
    'Rol in team',
    'Label',
    'Uren',
    'Budget per periode',
  ];
  const rows: (string | number)[][] = [header];
  const entries = teams.length
    ? ctx.db
        .select({
          teamId: mentorHourEntries.teamId,
          userId: mentorHourEntries.userId,
          name: users.name,
          isoYear: mentorHourEntries.isoYear,
          isoWeek: mentorHourEntries.isoWeek,
          date: mentorHourEntries.date,
          label: mentorHourEntries.label,
          minutes: mentorHourEntries.minutes,
        })
        .from(mentorHourEntries)
        .innerJoin(users, eq(users.id, mentorHourEntries.userId))
        .where(
          and(
            eq(mentorHourEntries.partnershipId, ctx.actor.partnershipId),
            inArray(
              mentorHourEntries.teamId,
              teams.map((t) => t.id),
            ),
          ),
        )
        .orderBy(asc(mentorHourEntries.date))
        .all()
    : [];
  const roles = new Map(
    membersOf(
      ctx,
      teams.map((t) => t.id),
    ).map((m) => [`${m.teamId}:${m.userId}`, m.teamRole]),
  );
  for (const team of teams) {
    const periods = periodsOf(ctx, team);
    const grouped = new Map<string, { entry: (typeof entries)[number]; minutes: number }>();
    for (const e of entries.filter((x) => x.teamId === team.id)) {
      const key = `${e.isoYear}-${e.isoWeek}:${e.userId}:${e.label}`;
      const group = grouped.get(key) ?? { entry: e, minutes: 0 };
      group.minutes += e.minutes;
      grouped.set(key, group);
    }
    for (const { entry, minutes } of grouped.values()) {
      const period = periods.find((p) => entry.date >= p.startsOn && entry.date <= p.endsOn);
      const monday = mondayOfIsoWeek(entry.isoYear, entry.isoWeek);
      rows.push([
        team.name,
        team.cohortName,
        team.schoolYearLabel,
        period?.name ?? '',
        `week ${entry.isoWeek}`,
        formatDutchDate(monday),
        entry.name,
        roles.get(`${team.id}:${entry.userId}`) ?? '',
        hourLabelName(entry.label),
        hoursWithComma(minutes),
        team.budgetHoursPerPeriod,
      ]);
    }
  }
  auditAs(ctx, {
    action: 'mentor_hours.export',
    subjectType: 'mentor_team',
    subjectId: input.teamId ?? null,
    detail: { teams: teams.length },
  });
  return { filename: `uren-mentorteams-${todayOf(ctx)}.csv`, content: toCsv(rows) };
}
