import { sql } from 'drizzle-orm';
import { workplaceObservations, workplaceQuestions } from '../../../db/schema';
import type { SampleEnv, Samples } from './types';

/** The target partnership's werkbegeleider account (role locatie) and their TOP-locatie. */
function werkbegeleider(env: SampleEnv) {
  return env.db.get<{ userId: number; locationId: number }>(
    sql`select user_id as userId, top_location_id as locationId from membership where role = 'locatie' and partnership_id = ${env.target.partnershipId} and top_location_id is not null order by id limit 1`,
  );
}
/** A student with a published placement at that werkbegeleider's location. */
function placed(env: SampleEnv): number {
  const { locationId } = werkbegeleider(env);
  return env.db.get<{ id: number }>(
    sql`select pp.student_id as id from placement_assignment pa
        join placement_participant pp on pp.id = pa.participant_id
        join placement_round_location rl on rl.id = pa.round_location_id
        join placement_round r on r.id = pa.round_id
        where rl.location_id = ${locationId} and r.status = 'gepubliceerd' and pp.withdrawn_at is null
        order by pp.student_id limit 1`,
  ).id;
}
const classStudent = (env: SampleEnv) => env.target.cohortStudentIds[2]!;
const now = (env: SampleEnv) => env.clock.now();

function freshObservation(env: SampleEnv) {
  const w = werkbegeleider(env);
  return env.db
    .insert(workplaceObservations)
    .values({ partnershipId: env.target.partnershipId, studentId: placed(env), locationId: w.locationId, authorUserId: env.actor?.userId ?? w.userId, body: 'Proefobservatie', visibleToStudent: false, createdAt: now(env), updatedAt: now(env) })
    .returning()
    .get().id;
}
function freshQuestion(env: SampleEnv) {
  const w = werkbegeleider(env);
  return env.db
    .insert(workplaceQuestions)
    .values({ partnershipId: env.target.partnershipId, studentId: classStudent(env), locationId: w.locationId, authorUserId: w.userId, body: 'Proefvraag', status: 'nieuw', createdAt: now(env), updatedAt: now(env) })
    .returning()
    .get().id;
}

export const workplaceSamples: Samples = {
  'workplace.myStudents': { input: () => undefined, other: 'noLeak' },
  'workplace.student': { input: (env) => ({ studentId: placed(env), week: '2026-W48' }), other: 'notFound' },
  'workplace.confirmPresence': {
    input: (env) => ({ studentId: placed(env), week: '2027-W10', days: [{ weekday: 1, status: 'aanwezig' }], revision: null }),
    other: 'notFound',
  },
  'workplace.addObservation': { input: (env) => ({ studentId: placed(env), body: 'Neemt initiatief in de kring.', visibleToStudent: true }), other: 'notFound' },
  'workplace.updateObservation': { input: (env) => ({ id: freshObservation(env), revision: 0, body: 'Bijgewerkt', visibleToStudent: false }), other: 'notFound' },
  'workplace.askQuestion': { input: (env) => ({ studentId: placed(env), body: 'Wanneer is de volgende lesweek?' }), other: 'notFound' },
  'workplace.forTeam': { input: (env) => ({ studentId: classStudent(env) }), other: 'notFound' },
  'workplace.questions': { input: () => undefined, other: 'noLeak' },
  'workplace.setQuestionStatus': { input: (env) => ({ id: freshQuestion(env), revision: 0, status: 'opgepakt' }), other: 'notFound' },
  'workplace.mine': { input: () => undefined, other: 'n/a' },
};
