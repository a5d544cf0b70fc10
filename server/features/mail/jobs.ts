import { and, asc, eq, gte, isNull, lt, lte, ne } from 'drizzle-orm';
import {
  cohorts,
  schoolYears,
  mailDigestItems,
  mentorTeamMembers,
  mentorTeams,
  regiegroepActions,
  sessionLogs,
  users,
} from '../../../db/schema';
import type { Db } from '../../../db/client';
import type { Clock } from '../../clock';
import { addDays, isoDateAt, isoWeek } from '../../../shared/domain/dates';
import { notify, queueMail } from './outbox';
import { contentOf, localeOf } from './texts';
import { publicUrl } from './settings';

export const MAIL_JOBS_EVERY_MS = 5 * 60_000;
/** The daily digest goes out from this hour (Amsterdam); the missing-log reminder from Friday noon. */
export const DIGEST_HOUR = 7;
export const LOG_REMINDER_HOUR = 12;

const hourFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  hourCycle: 'h23',
});
/** Hour (0-23) and ISO weekday (1 = Monday) in the Netherlands. */
export function amsterdamTime(ms: number): { hour: number; weekday: number; date: string } {
  const date = isoDateAt(ms);
  return {
    hour: Number(hourFormat.format(new Date(ms))),
    weekday: new Date(`${date}T12:00:00Z`).getUTCDay() || 7,
    date,
  };
}

/** Open actions due in 3 days, and overdue ones, to their owners: once per action and due date. */
function actionReminders(db: Db, clock: Clock, today: string): void {
  const open = db
    .select()
    .from(regiegroepActions)
    .where(and(ne(regiegroepActions.status, 'afgerond'), lt(regiegroepActions.dueOn, addDays(today, 4))))
    .all();
  for (const a of open) {
    const kind = a.dueOn < today ? 'actionOverdue' : a.dueOn === addDays(today, 3) ? 'actionDueSoon' : null;
    if (!kind) continue;
    notify(db, clock, {
      partnershipId: a.partnershipId,
      userId: a.ownerUserId,
      kind,
      dedupeKey: `${kind}:${a.id}:${a.dueOn}`,
      input: { title: a.title, due: a.dueOn, link: publicUrl('/regiegroep/actiepunten') },
    });
  }
}

/** From Friday noon to Sunday: every member of a team without a log this week, once per team and week. */
function missingLogReminders(db: Db, clock: Clock, today: string): void {
  const { year, week } = isoWeek(today);
  const teams = db
    .select({ id: mentorTeams.id, name: mentorTeams.name, partnershipId: mentorTeams.partnershipId })
    .from(mentorTeams)
    .leftJoin(
      sessionLogs,
      and(eq(sessionLogs.teamId, mentorTeams.id), eq(sessionLogs.isoYear, year), eq(sessionLogs.isoWeek, week)),
    )
    .innerJoin(cohorts, eq(cohorts.id, mentorTeams.cohortId))
    .innerJoin(schoolYears, eq(schoolYears.id, cohorts.schoolYearId))
    // Only classes of the running school year: last year's teams no longer meet.
    .where(and(isNull(sessionLogs.id), lte(schoolYears.startsOn, today), gte(schoolYears.endsOn, today)))
    .all();
  for (const team of teams) {
    const members = db
      .select({ userId: mentorTeamMembers.userId })
      .from(mentorTeamMembers)
      .where(eq(mentorTeamMembers.teamId, team.id))
      .all();
    for (const m of members)
      notify(db, clock, {
        partnershipId: team.partnershipId,
        userId: m.userId,
        kind: 'logMissing',
        dedupeKey: `logMissing:${team.id}:${year}-W${week}`,
        input: { teamName: team.name, week, link: publicUrl(`/mentorteams/${team.id}`) },
      });
  }
}

/** One digest per person and partnership per day, gathering what waited since the last one. */
function digests(db: Db, clock: Clock, today: string): void {
  const items = db
    .select({ item: mailDigestItems, email: users.email, name: users.name, locale: users.locale })
    .from(mailDigestItems)
    .innerJoin(users, eq(users.id, mailDigestItems.userId))
    .where(isNull(mailDigestItems.digestedAt))
    .orderBy(asc(mailDigestItems.id))
    .all();
  const groups = new Map<string, typeof items>();
  for (const row of items) {
    const key = `${row.item.partnershipId}:${row.item.userId}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  for (const [key, rows] of groups) {
    const first = rows[0]!;
    const locale = localeOf(first.locale);
    db.transaction((tx) => {
      queueMail(tx, clock, {
        partnershipId: first.item.partnershipId,
        userId: first.item.userId,
        to: first.email,
        kind: 'digest',
        locale,
        content: contentOf('digest', locale, {
          name: first.name,
          lines: rows.map((r) => ({ line: r.item.line, link: r.item.link })),
          link: publicUrl('/'),
        }),
        unsubscribable: true,
        dedupeKey: `digest:${today}:${key}`,
      });
      for (const r of rows)
        tx.update(mailDigestItems).set({ digestedAt: clock.now() }).where(eq(mailDigestItems.id, r.item.id)).run();
    });
  }
}

/** Every scheduled mail; safe to run as often as you like (the dedupe keys make each reminder once). */
export function runMailJobs(db: Db, clock: Clock): void {
  const { hour, weekday, date } = amsterdamTime(clock.now());
  actionReminders(db, clock, date);
  if ((weekday === 5 && hour >= LOG_REMINDER_HOUR) || weekday > 5) missingLogReminders(db, clock, date);
  if (hour >= DIGEST_HOUR) digests(db, clock, date);
}

export function startMailJobs(db: Db, clock: Clock, log: (error: unknown) => void): { stop(): void } {
  const tick = () => {
    try {
      runMailJobs(db, clock);
    } catch (error) {
      log(error);
    }
  };
  const first = setTimeout(tick, 0);
  const timer = setInterval(tick, MAIL_JOBS_EVERY_MS);
  first.unref();
  timer.unref();
  return {
    stop: () => {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
