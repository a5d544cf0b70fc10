/**
 * Demo content (decision 087): Rotterdam's class is in the second year of three. Its first school year,
 * 2025-2026, is behind it, with the same team: weekly reports with presence, the students' reflections,
 * notes and a signal, all dated in that year — what the mentor team still finds after a roll-over.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import type { DemoPartnershipIds } from '../../seed/seed-core';
import type { Random } from '../../seed/random';
import {
  cohortYears,
  cohorts,
  schoolYears,
  sessionAttendance,
  sessionLogs,
  signalSightings,
  signalStatusChanges,
  signals,
  studentNotes,
  studentReflections,
} from '../../../db/schema';
import { dateInIsoWeek, type IsoWeek } from '../../../shared/domain/dates';
import { matchKeyOf } from './signals.service';

const FIRST_YEAR = { label: '2025-2026', startsOn: '2025-08-01', endsOn: '2026-07-31' };
/** Weeks the team met in its first year: autumn 2025 and spring 2026 (a sample, not every week). */
const WEEKS: IsoWeek[] = [
  ...[37, 39, 41, 44, 46, 48, 50].map((week) => ({ year: 2025, week })),
  ...[3, 5, 7, 10, 12, 14, 17, 19, 21, 24].map((week) => ({ year: 2026, week })),
];
export const FIRST_YEAR_NOTES = [
  {
    body: 'Eerste jaar: kent de dagritmes goed, durft nog weinig te vragen aan de werkbegeleider.',
    visibleToStudent: false,
  },
  { body: 'Eerste jaar afgerond: je stelt nu zelf leervragen. Ga zo door in het tweede jaar.', visibleToStudent: true },
];
export const FIRST_YEAR_SIGNAL = {
  kind: 'tekort',
  title: 'Spelbegeleiding bij peuters in het eerste jaar',
  description: 'Eerstejaars studenten kijken bij vrij spel vooral toe; ze missen voorbeelden van spel verrijken.',
  domain: 'leren-ontwikkelen',
  competence: 'ontwikkelingsgerichtheid',
} as const;

const at = (date: string) => Date.parse(`${date}T14:00:00Z`);

export function seedFirstYear(
  db: Db,
  ids: DemoPartnershipIds,
  team: { id: number; weekday: number; budgetHoursPerPeriod: number },
  memberIds: number[],
  random: Random,
): void {
  const yearId = db
    .insert(schoolYears)
    .values({ ...FIRST_YEAR, partnershipId: ids.partnershipId })
    .returning()
    .get().id;
  db.update(cohorts).set({ startSchoolYearId: yearId, programmeYears: 3 }).where(eq(cohorts.id, ids.cohortId)).run();
  db.insert(cohortYears)
    .values({
      partnershipId: ids.partnershipId,
      cohortId: ids.cohortId,
      schoolYearId: yearId,
      plannedDays: null,
      budgetHoursPerPeriod: team.budgetHoursPerPeriod - 20,
      createdAt: at(FIRST_YEAR.endsOn),
    })
    .run();
  const mentorId = memberIds[0]!;
  WEEKS.forEach((w, i) => {
    const date = dateInIsoWeek(w, team.weekday);
    const logId = db
      .insert(sessionLogs)
      .values({
        partnershipId: ids.partnershipId,
        teamId: team.id,
        isoYear: w.year,
        isoWeek: w.week,
        sessionDate: date,
        status: 'vastgesteld',
        expectations: 'Eerste jaar: de groep en de dagritmes leren kennen, een kind observeren.',
        practiceSituations: 'Hoe begin je een gesprek met je werkbegeleider over wat je wilt leren?',
        lessonMaterial: 'Observeren en beschrijven (leerjaar 1).',
        agreements: 'Iedereen neemt volgende week één observatie mee.',
        createdBy: mentorId,
        createdAt: at(date),
        updatedBy: memberIds[i % memberIds.length]!,
        updatedAt: at(date),
      })
      .returning()
      .get().id;
    ids.cohortStudentIds.forEach((studentId, s) => {
      const roll = random.next();
      db.insert(sessionAttendance)
        .values({
          logId,
          studentId,
          attendance: roll < 0.9 ? 'aanwezig' : 'afgemeld',
          daysPlanned: 2,
          daysPresent: roll < 0.85 ? 2 : 1,
        })
        .run();
      if (s === 0 || random.next() < 0.6)
        db.insert(studentReflections)
          .values({
            partnershipId: ids.partnershipId,
            studentId,
            isoYear: w.year,
            isoWeek: w.week,
            body: `Eerste jaar, week ${w.week}: ik heb geobserveerd en met mijn werkbegeleider besproken wat ik zag.`,
            nextStep: 'Volgende keer zelf een kleine activiteit voorstellen.',
            createdAt: at(dateInIsoWeek(w, 6)),
            updatedAt: at(dateInIsoWeek(w, 6)),
          })
          .run();
    });
  });
  FIRST_YEAR_NOTES.forEach((note, n) => {
    const written = at(dateInIsoWeek(WEEKS[WEEKS.length - 1 - n * 4]!, team.weekday));
    db.insert(studentNotes)
      .values({
        partnershipId: ids.partnershipId,
        teamId: team.id,
        studentId: ids.cohortStudentIds[0]!,
        authorUserId: memberIds[n % memberIds.length]!,
        ...note,
        createdAt: written,
        updatedAt: written,
      })
      .run();
  });
  seedFirstYearSignal(db, ids, team, mentorId);
}

function seedFirstYearSignal(db: Db, ids: DemoPartnershipIds, team: { id: number; weekday: number }, mentorId: number) {
  const seen = [
    { year: 2026, week: 10, students: 5 },
    { year: 2026, week: 14, students: 7 },
  ];
  const stamp = (week: number) => at(dateInIsoWeek({ year: 2026, week }, team.weekday));
  const signalId = db
    .insert(signals)
    .values({
      partnershipId: ids.partnershipId,
      teamId: team.id,
      ...FIRST_YEAR_SIGNAL,
      matchKey: matchKeyOf(FIRST_YEAR_SIGNAL.title),
      studentCount: 7,
      firstSeenYear: 2026,
      firstSeenWeek: 10,
      lastSeenYear: 2026,
      lastSeenWeek: 14,
      weeksSeen: seen.length,
      status: 'opgepakt',
      createdBy: mentorId,
      createdAt: stamp(10),
    })
    .returning()
    .get().id;
  for (const x of seen)
    db.insert(signalSightings)
      .values({
        signalId,
        isoYear: x.year,
        isoWeek: x.week,
        studentCount: x.students,
        raisedBy: mentorId,
        at: stamp(x.week),
      })
      .run();
  db.insert(signalStatusChanges)
    .values({ signalId, fromStatus: null, toStatus: 'nieuw', changedBy: mentorId, changedAt: stamp(10) })
    .run();
  db.insert(signalStatusChanges)
    .values({ signalId, fromStatus: 'nieuw', toStatus: 'doorgezet', changedBy: mentorId, changedAt: stamp(12) })
    .run();
  db.insert(signalStatusChanges)
    .values({ signalId, fromStatus: 'doorgezet', toStatus: 'opgepakt', changedBy: mentorId, changedAt: stamp(20) })
    .run();
}
