/**
 * Demo content: a mentor team for the class of each demo partnership, with its weekly logs since the
 * start of the school year up to "today" on the seed's clock (2026-11-25, week 48, in the demo),
 * attendance and workplace days, reflections, notes, signals in several statuses, and hours.
 * Deterministic: the same clock gives the same region.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import type { Clock } from '../../clock';
import type { FeatureSeed } from '../../seed/feature-seeds';
import type { DemoPartnershipIds } from '../../seed/seed-core';
import { seededRandom, type Random } from '../../seed/random';
import {
  memberships,
  mentorHourEntries,
  mentorTeamMembers,
  mentorTeamOrganisations,
  mentorTeams,
  periods,
  programmes,
  schoolYears,
  sessionAttendance,
  sessionLogs,
  signalSightings,
  signalStatusChanges,
  signals,
  studentNotes,
  studentReflections,
  students,
  users,
} from '../../../db/schema';
import {
  addDays,
  compareIsoWeeks,
  dateInIsoWeek,
  isoDateAt,
  isoWeek,
  type IsoWeek,
} from '../../../shared/domain/dates';
import {
  AGREEMENTS,
  DEMO_TEAMS,
  EXPECTATIONS,
  LESSON_MATERIAL,
  NOTES,
  PRACTICE_SITUATIONS,
  REFLECTIONS,
  SIGNALS,
  type DemoTeam,
} from './mentor-teams.seed-content';
import { expectedWeeks } from './session-calendar';
import { matchKeyOf } from './signals.service';
import { seedFirstYear } from './first-year.seed';

/** 15:00 Amsterdam time on a date, as the moment things were written that day. */
const at = (date: string) => Date.parse(`${date}T14:00:00Z`);

function seedTeam(
  db: Db,
  clock: Clock,
  key: 'eindhoven' | 'rotterdam',
  ids: DemoPartnershipIds,
  demo: DemoTeam,
  random: Random,
) {
  const now = clock.now();
  const today = isoDateAt(now);
  const mentorId = ids.userIdByEmail[`mentor@${key}.demo`]!;
  const passwordHash = db.select({ h: users.passwordHash }).from(users).where(eq(users.id, mentorId)).get()!.h;
  const mentorOrg = db
    .select({ o: memberships.organisationId })
    .from(memberships)
    .where(eq(memberships.userId, mentorId))
    .get()!.o;
  const cohortProgramme = db
    .select({ days: programmes.daysPerWeek })
    .from(students)
    .innerJoin(programmes, eq(programmes.id, students.programmeId))
    .where(eq(students.id, ids.cohortStudentIds[0]!))
    .get()!;
  const teamId = db
    .insert(mentorTeams)
    .values({
      partnershipId: ids.partnershipId,
      name: demo.name,
      cohortId: ids.cohortId,
      sessionWeekday: demo.weekday,
      budgetHoursPerPeriod: demo.budgetHoursPerPeriod,
      defaultPlannedDays: null,
      createdAt: now,
    })
    .returning()
    .get().id;
  const members = [{ userId: mentorId, teamRole: demo.mentorTeamRole, organisationId: mentorOrg }];
  for (const m of demo.extraMembers) {
    const userId = db
      .insert(users)
      .values({ email: m.email, name: m.name, passwordHash, createdAt: now })
      .returning()
      .get().id;
    const organisationId = ids.organisationIds[m.organisation]!;
    db.insert(memberships)
      .values({ userId, partnershipId: ids.partnershipId, role: 'mentor', organisationId, createdAt: now })
      .run();
    members.push({ userId, teamRole: m.teamRole, organisationId });
  }
  for (const m of members)
    db.insert(mentorTeamMembers)
      .values({ teamId, ...m })
      .run();
  for (const name of demo.adopters)
    db.insert(mentorTeamOrganisations).values({ teamId, organisationId: ids.organisationIds[name]! }).run();

  // Weekly logs: every expected week so far, except the forgotten ones; holidays "vervallen".
  const year = db.select().from(schoolYears).where(eq(schoolYears.id, ids.schoolYearId)).get()!;
  const yearPeriods = db.select().from(periods).where(eq(periods.schoolYearId, ids.schoolYearId)).all();
  const current = isoWeek(today);
  const weeks = expectedWeeks({ sessionWeekday: demo.weekday, schoolYear: year, periods: yearPeriods, today }).filter(
    (w) => !demo.forgottenWeeks.includes(w.week) && !(w.year === current.year && w.week === current.week),
  );
  if (demo.draftThisWeek && dateInIsoWeek(current, demo.weekday) <= year.endsOn) weeks.push(current);
  const heldWeeks: IsoWeek[] = [];
  weeks.forEach((w, i) => {
    const date = dateInIsoWeek(w, demo.weekday);
    const isCurrent = w.week === current.week && w.year === current.year;
    const status = demo.cancelledWeeks.includes(w.week) ? 'vervallen' : isCurrent ? 'concept' : 'vastgesteld';
    const texts =
      status === 'vervallen'
        ? { expectations: 'Geen overleg: herfstvakantie.', practiceSituations: '', lessonMaterial: '', agreements: '' }
        : {
            expectations: EXPECTATIONS[i % EXPECTATIONS.length]!,
            practiceSituations: PRACTICE_SITUATIONS[i % PRACTICE_SITUATIONS.length]!,
            lessonMaterial: LESSON_MATERIAL[i % LESSON_MATERIAL.length]!,
            agreements: isCurrent ? '' : AGREEMENTS[i % AGREEMENTS.length]!,
          };
    const writtenAt = Math.min(at(date), now);
    const logId = db
      .insert(sessionLogs)
      .values({
        partnershipId: ids.partnershipId,
        teamId,
        isoYear: w.year,
        isoWeek: w.week,
        sessionDate: date,
        status,
        ...texts,
        createdBy: mentorId,
        createdAt: writtenAt,
        updatedBy: members[i % members.length]!.userId,
        updatedAt: writtenAt,
      })
      .returning()
      .get().id;
    if (status === 'vervallen') return;
    heldWeeks.push(w);
    ids.cohortStudentIds.forEach((studentId, s) => {
      const roll = random.next();
      // This week's draft is half filled in: the rest of the class is still "niet ingevuld" (null).
      const unrecorded = isCurrent && s >= ids.cohortStudentIds.length / 2;
      const attendance = unrecorded ? null : roll < 0.86 ? 'aanwezig' : roll < 0.94 ? 'afgemeld' : 'afwezig';
      const daysPresent = isCurrent
        ? null
        : Math.max(0, cohortProgramme.days - (random.next() < 0.8 ? 0 : random.int(1, 2)));
      db.insert(sessionAttendance)
        .values({ logId, studentId, attendance, daysPlanned: cohortProgramme.days, daysPresent })
        .run();
    });
  });

  // Reflections: the demo student (first of the class) every held week; the others most weeks.
  ids.cohortStudentIds.forEach((studentId, s) => {
    for (const week of heldWeeks) {
      if (compareIsoWeeks(week, current) >= 0 || (s > 0 && random.next() > 0.7)) continue;
      const text = REFLECTIONS[(s + week.week) % REFLECTIONS.length]!;
      const written = Math.min(at(dateInIsoWeek(week, 6)), now);
      db.insert(studentReflections)
        .values({
          partnershipId: ids.partnershipId,
          studentId,
          isoYear: week.year,
          isoWeek: week.week,
          ...text,
          createdAt: written,
          updatedAt: written,
        })
        .run();
    }
  });

  NOTES.forEach((note, n) => {
    const studentId = ids.cohortStudentIds[n < 2 ? 0 : n * 3]!;
    const written = Math.min(
      at(dateInIsoWeek(heldWeeks[Math.max(0, heldWeeks.length - 1 - n)] ?? current, demo.weekday)),
      now,
    );
    db.insert(studentNotes)
      .values({
        partnershipId: ids.partnershipId,
        teamId,
        studentId,
        authorUserId: members[n % 2]!.userId,
        ...note,
        createdAt: written,
        updatedAt: written,
      })
      .run();
  });

  seedSignals(db, key, ids, teamId, demo, current, mentorId);
  if (key === 'rotterdam')
    seedFirstYear(
      db,
      ids,
      { id: teamId, weekday: demo.weekday, budgetHoursPerPeriod: demo.budgetHoursPerPeriod },
      members.map((m) => m.userId),
      random,
    );
  seedHours(
    db,
    ids,
    teamId,
    members.map((m) => m.userId),
    heldWeeks,
    demo.weekday,
    today,
    now,
  );
}

/** Demo signals are set in ISO year 2026 (the autumn of the demo school year); later ones wait for their week. */
function seedSignals(
  db: Db,
  key: string,
  ids: DemoPartnershipIds,
  teamId: number,
  demo: DemoTeam,
  current: IsoWeek,
  mentorId: number,
) {
  const before = (week: number) => compareIsoWeeks({ year: 2026, week }, current) < 0;
  const who = {
    mentor: mentorId,
    regiegroep: ids.userIdByEmail[`regiegroep@${key}.demo`]!,
    projectleider: ids.userIdByEmail[`projectleider@${key}.demo`]!,
  };
  for (const s of SIGNALS) {
    const sightings = s.sightings.filter((x) => before(x.week));
    if (!sightings.length) continue;
    const first = sightings[0]!;
    const last = sightings[sightings.length - 1]!;
    const moves = s.moves.filter(([, week]) => before(week));
    const stamp = (week: number) => at(dateInIsoWeek({ year: 2026, week }, demo.weekday));
    const signalId = db
      .insert(signals)
      .values({
        partnershipId: ids.partnershipId,
        teamId,
        kind: s.kind,
        title: s.title,
        matchKey: matchKeyOf(s.title),
        description: s.description,
        domain: s.domain,
        competence: s.competence,
        studentCount: last.students,
        firstSeenYear: 2026,
        firstSeenWeek: first.week,
        lastSeenYear: 2026,
        lastSeenWeek: last.week,
        weeksSeen: sightings.length,
        status: moves.length ? moves[moves.length - 1]![0] : 'nieuw',
        createdBy: mentorId,
        createdAt: stamp(first.week),
      })
      .returning()
      .get().id;
    for (const x of sightings)
      db.insert(signalSightings)
        .values({
          signalId,
          isoYear: 2026,
          isoWeek: x.week,
          studentCount: x.students,
          raisedBy: mentorId,
          at: stamp(x.week),
        })
        .run();
    let from: string | null = null;
    for (const [to, week, by] of [['nieuw', first.week, 'mentor'] as const, ...moves]) {
      db.insert(signalStatusChanges)
        .values({ signalId, fromStatus: from, toStatus: to, changedBy: who[by], changedAt: stamp(week) + 3_600_000 })
        .run();
      from = to;
    }
  }
}

function seedHours(
  db: Db,
  ids: DemoPartnershipIds,
  teamId: number,
  memberIds: number[],
  heldWeeks: IsoWeek[],
  weekday: number,
  today: string,
  now: number,
) {
  const add = (userId: number, date: string, label: string, hours: number) => {
    if (date > today) return;
    const w = isoWeek(date);
    db.insert(mentorHourEntries)
      .values({
        partnershipId: ids.partnershipId,
        teamId,
        userId,
        date,
        isoYear: w.year,
        isoWeek: w.week,
        label,
        minutes: Math.round(hours * 60),
        note: '',
        createdAt: now,
      })
      .run();
  };
  for (const w of heldWeeks) {
    const session = dateInIsoWeek(w, weekday);
    const week = w.week;
    memberIds.forEach((userId, m) => {
      add(userId, session, 'weekoverleg', 1.5);
      add(userId, addDays(session, -1), 'voorbereiding', m === 0 ? 1.5 : 0.75);
      if (m < 2) add(userId, addDays(session, 1), 'begeleiding', m === 0 ? 3 : 2);
      if (week % 2 === 0 && m === 1) add(userId, addDays(session, 2), 'afstemming', 1);
      if ((week === 39 || week === 47) && m === 0) add(userId, addDays(session, 2), 'scholing', 3);
    });
  }
}

export const mentorTeamsSeed: FeatureSeed = (db, clock, region) => {
  const random = seededRandom(4_2026);
  seedTeam(db, clock, 'eindhoven', region.eindhoven, DEMO_TEAMS.eindhoven, random);
  seedTeam(db, clock, 'rotterdam', region.rotterdam, DEMO_TEAMS.rotterdam, random);
};
