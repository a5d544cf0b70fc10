import { students } from '../../../db/schema';
import type { SampleEnv, Samples } from './types';

const mentorOf = (env: SampleEnv) => Object.entries(env.target.userIdByEmail).find(([email]) => email.startsWith('mentor@'))![1];

/** A student made for the call, so that erasing it touches no demo data the other cases use. */
function freshStudent(env: SampleEnv) {
  return env.db
    .insert(students)
    .values({ partnershipId: env.target.partnershipId, firstName: 'Proef', lastName: 'Wisstudent', email: 'proef.wis@example.org', studentNumber: '9990001', programmeId: Object.values(env.target.programmeIdByCode)[0]!, schoolYearId: env.target.schoolYearId, createdAt: env.clock.now() })
    .returning()
    .get().id;
}

export const privacySamples: Samples = {
  'privacy.dossier': { input: (env) => ({ subject: 'student', id: env.target.studentIds[3]! }), other: 'notFound' },
  'privacy.export': { input: (env) => ({ subject: 'person', id: mentorOf(env) }), other: 'notFound' },
  'privacy.exportHtml': { input: (env) => ({ subject: 'student', id: env.target.cohortStudentIds[0]! }), other: 'notFound' },
  'privacy.erase': { input: (env) => ({ subject: 'student', id: freshStudent(env), confirmation: 'Proef Wisstudent' }), other: 'notFound' },
  'privacy.retention': { input: () => undefined, other: 'noLeak' },
  'privacy.setRetention': { input: () => ({ kind: 'reflections', amount: 36 }), other: 'n/a' },
};
