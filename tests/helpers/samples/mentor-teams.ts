import { and, eq, ne } from 'drizzle-orm';
import { cohorts, mentorHourEntries, mentorTeams, sessionLogs, signalStatusChanges, signals, studentNotes, studentReflections } from '../../../db/schema';
import type { SampleEnv, Samples } from './types';
import { current } from './revision';

/** The demo team of the target partnership (the demo mentor is a member). */
const teamOf = (env: SampleEnv) => env.db.select({ id: mentorTeams.id }).from(mentorTeams).where(eq(mentorTeams.partnershipId, env.target.partnershipId)).get()!.id;
const userOf = (env: SampleEnv, prefix: string) => Object.entries(env.target.userIdByEmail).find(([email]) => email.startsWith(prefix))![1];
const actorId = (env: SampleEnv) => env.actor?.userId ?? userOf(env, 'mentor@');
const classStudent = (env: SampleEnv) => env.target.cohortStudentIds[2]!;
const now = (env: SampleEnv) => env.clock.now();

function freshCohort(env: SampleEnv) {
  const institutionId = env.target.organisationIds['Koning Willem I College'] ?? env.target.organisationIds['ROC Albeda']!;
  return env.db.insert(cohorts).values({ partnershipId: env.target.partnershipId, name: 'Proefklas mentorteam', institutionId, schoolYearId: env.target.schoolYearId, createdAt: now(env) }).returning().get().id;
}
function freshTeam(env: SampleEnv) {
  return env.db.insert(mentorTeams).values({ partnershipId: env.target.partnershipId, name: 'Proefteam', cohortId: freshCohort(env), sessionWeekday: 3, budgetHoursPerPeriod: 10, createdAt: now(env) }).returning().get().id;
}
function freshNote(env: SampleEnv) {
  return env.db
    .insert(studentNotes)
    .values({ partnershipId: env.target.partnershipId, teamId: teamOf(env), studentId: classStudent(env), authorUserId: actorId(env), body: 'Proefnotitie', visibleToStudent: false, createdAt: now(env), updatedAt: now(env) })
    .returning()
    .get().id;
}
function freshSignal(env: SampleEnv) {
  const id = env.db
    .insert(signals)
    .values({
      partnershipId: env.target.partnershipId, teamId: teamOf(env), kind: 'tekort', title: 'Proefsignaal', matchKey: 'proefsignaal', domain: 'leren-ontwikkelen', competence: 'creativiteit',
      studentCount: 2, firstSeenYear: 2026, firstSeenWeek: 47, lastSeenYear: 2026, lastSeenWeek: 47, weeksSeen: 1, status: 'nieuw', createdBy: userOf(env, 'mentor@'), createdAt: now(env),
    })
    .returning()
    .get().id;
  env.db.insert(signalStatusChanges).values({ signalId: id, toStatus: 'nieuw', changedBy: userOf(env, 'mentor@'), changedAt: now(env) }).run();
  return id;
}
function freshHours(env: SampleEnv) {
  return env.db
    .insert(mentorHourEntries)
    .values({ partnershipId: env.target.partnershipId, teamId: teamOf(env), userId: actorId(env), date: '2026-11-20', isoYear: 2026, isoWeek: 47, label: 'voorbereiding', minutes: 30, createdAt: now(env) })
    .returning()
    .get().id;
}
// ISO 2024: no demo reflections there (Rotterdam's first year, decision 087, has weeks of 2025 and early 2026).
let reflectionWeek = 10;
/** A reflection of a class student in a week of its own (one per student and week). */
function freshReflection(env: SampleEnv) {
  return env.db
    .insert(studentReflections)
    .values({ partnershipId: env.target.partnershipId, studentId: classStudent(env), isoYear: 2024, isoWeek: reflectionWeek++, body: 'Proefreflectie', createdAt: now(env), updatedAt: now(env) })
    .returning()
    .get().id;
}
const seededLog = (env: SampleEnv) => env.db.select({ id: sessionLogs.id }).from(sessionLogs).where(and(eq(sessionLogs.teamId, teamOf(env)), ne(sessionLogs.status, 'vervallen'))).get()!.id;
const seededOpenSignal = (env: SampleEnv) => env.db.select({ id: signals.id }).from(signals).where(and(eq(signals.teamId, teamOf(env)), eq(signals.status, 'nieuw'))).get()!.id;

const teamInput = (env: SampleEnv, cohortId: number) => ({
  name: 'Mentorteam proef',
  cohortId,
  sessionWeekday: 2,
  budgetHoursPerPeriod: 80,
  defaultPlannedDays: null,
  organisationIds: [],
  members: [{ userId: userOf(env, 'mentor@'), teamRole: 'praktijkopleider', organisationId: null }],
});
const log = { status: 'concept', expectations: 'Observeren', practiceSituations: '', lessonMaterial: '', agreements: '', attendance: [] as unknown[] };

export const mentorTeamsSamples: Samples = {
  'mentorTeams.list': { input: () => undefined, other: 'noLeak' },
  'mentorTeams.setupOptions': { input: () => undefined, other: 'noLeak' },
  'mentorTeams.create': { input: (env) => teamInput(env, freshCohort(env)), other: 'notFound' },
  'mentorTeams.update': { input: (env) => ({ ...teamInput(env, env.target.cohortId), ...current(env, mentorTeams, teamOf(env)) }), other: 'notFound' },
  'mentorTeams.remove': { input: (env) => ({ id: freshTeam(env) }), other: 'notFound' },
  'mentorTeams.overview': { input: () => undefined, other: 'noLeak' },

  'mentorTeams.myTeams': { input: () => undefined, other: 'noLeak' },
  'mentorTeams.week': { input: (env) => ({ teamId: teamOf(env), week: '2026-W47' }), other: 'notFound' },
  'mentorTeams.classOverview': { input: (env) => ({ teamId: teamOf(env) }), other: 'notFound' },
  'mentorTeams.student': { input: (env) => ({ teamId: teamOf(env), studentId: classStudent(env) }), other: 'notFound' },
  'mentorTeams.createLog': { input: (env) => ({ ...log, teamId: teamOf(env), sessionDate: '2027-03-02', attendance: [{ studentId: classStudent(env), attendance: 'aanwezig', daysPresent: 3 }] }), other: 'notFound' },
  'mentorTeams.updateLog': { input: (env) => ({ ...log, ...current(env, sessionLogs, seededLog(env)), sessionDate: '2026-09-01', status: 'vastgesteld', agreements: 'Afspraak' }), other: 'notFound' },
  'mentorTeams.addNote': { input: (env) => ({ teamId: teamOf(env), studentId: classStudent(env), body: 'Goed gedaan', visibleToStudent: true }), other: 'notFound' },
  'mentorTeams.updateNote': { input: (env) => ({ id: freshNote(env), revision: 0, body: 'Bijgewerkt', visibleToStudent: false }), other: 'notFound' },
  'mentorTeams.removeNote': { input: (env) => ({ id: freshNote(env) }), other: 'notFound' },

  'mentorTeams.signals': { input: () => ({}), other: 'noLeak' },
  'mentorTeams.raiseSignal': {
    input: (env) => ({ teamId: teamOf(env), week: '2026-W47', kind: 'tekort', title: 'Nieuw tekort', domain: 'onderzoek-innovatie', competence: 'creativiteit', studentCount: 3 }),
    other: 'notFound',
  },
  'mentorTeams.signalSeenAgain': { input: (env) => ({ id: seededOpenSignal(env), week: '2026-W48', studentCount: 4 }), other: 'notFound' },
  'mentorTeams.setSignalStatus': { input: (env) => ({ id: freshSignal(env), revision: 0, status: 'doorgezet' }), other: 'notFound' },

  'mentorTeams.hours': { input: (env) => ({ teamId: teamOf(env) }), other: 'notFound' },
  'mentorTeams.exportHours': { input: () => ({}), other: 'noLeak' },
  'mentorTeams.logHours': { input: (env) => ({ teamId: teamOf(env), date: '2026-11-23', label: 'begeleiding', hours: 2.5 }), other: 'notFound' },
  'mentorTeams.removeHours': { input: (env) => ({ id: freshHours(env) }), other: 'notFound' },

  'mentorTeams.myReflections': { input: () => undefined, other: 'n/a' },
  'mentorTeams.saveReflection': { input: () => ({ week: '2026-W48', body: 'Ik heb deze week veel geleerd.' }), other: 'n/a' },
  'mentorTeams.weekReflections': { input: (env) => ({ teamId: teamOf(env), week: '2026-W47' }), other: 'notFound' },
  'mentorTeams.markReflectionRead': { input: (env) => ({ id: freshReflection(env) }), other: 'notFound' },
  'mentorTeams.answerReflection': { input: (env) => ({ id: freshReflection(env), answer: 'Mooi verwoord.' }), other: 'notFound' },
};
