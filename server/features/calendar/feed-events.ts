import { and, eq, ne } from 'drizzle-orm';
import {
  cohorts,
  memberships,
  mentorTeamMembers,
  mentorTeams,
  periods,
  placementAssignments,
  placementParticipants,
  placementRoundLocations,
  placementRounds,
  placementSupervisors,
  regiegroepActions,
  regiegroepMeetings,
  schoolYears,
  students,
  topLocations,
} from '../../../db/schema';
import type { Db } from '../../../db/client';
import { addDays, parseIsoDate } from '../../../shared/domain/dates';

/** One entry of a person's feed: a day (all-day, maybe weekly until a date) or a timed meeting. */
export interface FeedEvent {
  uid: string;
  summary: string;
  /** ISO date; with `time` ("19:30") a meeting of two hours in Europe/Amsterdam, else all day. */
  date: string;
  time?: string;
  weeklyUntil?: string;
  location?: string;
  url: string;
}

/** The first date on or after `from` that falls on an ISO weekday. */
function firstWeekday(from: string, weekday: number): string {
  const day = parseIsoDate(from).getUTCDay() || 7;
  return addDays(from, (weekday - day + 7) % 7);
}

const teamSessions = (db: Db, userId: number, base: string): FeedEvent[] =>
  db
    .select({
      id: mentorTeams.id,
      name: mentorTeams.name,
      weekday: mentorTeams.sessionWeekday,
      from: schoolYears.startsOn,
      until: schoolYears.endsOn,
    })
    .from(mentorTeamMembers)
    .innerJoin(mentorTeams, eq(mentorTeams.id, mentorTeamMembers.teamId))
    .innerJoin(cohorts, eq(cohorts.id, mentorTeams.cohortId))
    .innerJoin(schoolYears, eq(schoolYears.id, cohorts.schoolYearId))
    .where(eq(mentorTeamMembers.userId, userId))
    .all()
    .map((t) => ({
      uid: `mentorteam-${t.id}`,
      summary: `Mentorteam ${t.name}`,
      date: firstWeekday(t.from, t.weekday),
      weeklyUntil: t.until,
      url: `${base}/mentorteams/${t.id}`,
    }));

/** Meetings of every partnership where the person is in the regiegroep (cancelled ones left out). */
const meetings = (db: Db, userId: number, base: string): FeedEvent[] =>
  db
    .select({
      id: regiegroepMeetings.id,
      title: regiegroepMeetings.title,
      heldOn: regiegroepMeetings.heldOn,
      startsAt: regiegroepMeetings.startsAt,
      place: regiegroepMeetings.place,
    })
    .from(memberships)
    .innerJoin(regiegroepMeetings, eq(regiegroepMeetings.partnershipId, memberships.partnershipId))
    .where(
      and(
        eq(memberships.userId, userId),
        eq(memberships.role, 'regiegroep'),
        ne(regiegroepMeetings.status, 'geannuleerd'),
      ),
    )
    .all()
    .map((m) => ({
      uid: `regiegroep-meeting-${m.id}`,
      summary: `Regiegroep: ${m.title}`,
      date: m.heldOn,
      ...(m.startsAt ? { time: m.startsAt } : {}),
      ...(m.place ? { location: m.place } : {}),
      url: `${base}/regiegroep/overleg/${m.id}`,
    }));

const roundSpan = {
  from: periods.startsOn,
  until: periods.endsOn,
  yearFrom: schoolYears.startsOn,
  yearUntil: schoolYears.endsOn,
};

/** A student's published placement: a weekly day per placement day, for the round's period. */
function studentDays(db: Db, userId: number, base: string): FeedEvent[] {
  const rows = db
    .select({
      roundId: placementRounds.id,
      location: topLocations.name,
      city: topLocations.city,
      days: placementAssignments.days,
      ...roundSpan,
    })
    .from(students)
    .innerJoin(placementParticipants, eq(placementParticipants.studentId, students.id))
    .innerJoin(placementAssignments, eq(placementAssignments.participantId, placementParticipants.id))
    .innerJoin(placementRounds, eq(placementRounds.id, placementParticipants.roundId))
    .innerJoin(placementRoundLocations, eq(placementRoundLocations.id, placementAssignments.roundLocationId))
    .innerJoin(topLocations, eq(topLocations.id, placementRoundLocations.locationId))
    .innerJoin(schoolYears, eq(schoolYears.id, placementRounds.schoolYearId))
    .leftJoin(periods, eq(periods.id, placementRounds.periodId))
    .where(and(eq(students.userId, userId), eq(placementRounds.status, 'gepubliceerd')))
    .all();
  return rows.flatMap((r) =>
    r.days.map((day) => ({
      uid: `stagedag-${r.roundId}-${day}`,
      summary: `Stagedag: ${r.location}`,
      date: firstWeekday(r.from ?? r.yearFrom, day),
      weeklyUntil: r.until ?? r.yearUntil,
      location: `${r.location}, ${r.city}`,
      url: `${base}/mijn-plaatsing`,
    })),
  );
}

/** A werkbegeleider's days with students (how many, no names: a calendar leaves the platform). */
function supervisorDays(db: Db, userId: number, base: string): FeedEvent[] {
  const rows = db
    .select({ roundId: placementRounds.id, location: topLocations.name, days: placementAssignments.days, ...roundSpan })
    .from(placementSupervisors)
    .innerJoin(placementAssignments, eq(placementAssignments.supervisorId, placementSupervisors.id))
    .innerJoin(placementRounds, eq(placementRounds.id, placementAssignments.roundId))
    .innerJoin(placementRoundLocations, eq(placementRoundLocations.id, placementAssignments.roundLocationId))
    .innerJoin(topLocations, eq(topLocations.id, placementRoundLocations.locationId))
    .innerJoin(schoolYears, eq(schoolYears.id, placementRounds.schoolYearId))
    .leftJoin(periods, eq(periods.id, placementRounds.periodId))
    .where(and(eq(placementSupervisors.userId, userId), eq(placementRounds.status, 'gepubliceerd')))
    .all();
  const byDay = new Map<string, { count: number; row: (typeof rows)[number]; day: number }>();
  for (const r of rows)
    for (const day of r.days) {
      const key = `${r.roundId}-${day}`;
      byDay.set(key, { count: (byDay.get(key)?.count ?? 0) + 1, row: r, day });
    }
  return [...byDay.entries()].map(([key, { count, row, day }]) => ({
    uid: `begeleiding-${key}`,
    summary: `Stagedag: ${count} student${count === 1 ? '' : 'en'} bij ${row.location}`,
    date: firstWeekday(row.from ?? row.yearFrom, day),
    weeklyUntil: row.until ?? row.yearUntil,
    location: row.location,
    url: `${base}/mijn-studenten`,
  }));
}

const actionDeadlines = (db: Db, userId: number, base: string): FeedEvent[] =>
  db
    .select({ id: regiegroepActions.id, title: regiegroepActions.title, dueOn: regiegroepActions.dueOn })
    .from(regiegroepActions)
    .where(and(eq(regiegroepActions.ownerUserId, userId), ne(regiegroepActions.status, 'afgerond')))
    .all()
    .map((a) => ({
      uid: `actiepunt-${a.id}`,
      summary: `Actiepunt af: ${a.title}`,
      date: a.dueOn,
      url: `${base}/regiegroep/actiepunten`,
    }));

/** Everything of one person's feed; each query starts from the person, so nothing of anyone else slips in. */
export function feedEvents(db: Db, userId: number, base: string): FeedEvent[] {
  return [
    ...teamSessions(db, userId, base),
    ...meetings(db, userId, base),
    ...studentDays(db, userId, base),
    ...supervisorDays(db, userId, base),
    ...actionDeadlines(db, userId, base),
  ];
}
