import { eq } from 'drizzle-orm';
import { cohorts, invites, organisations, periods, programmes, students, topLocations, users } from '../../../db/schema';
import { hashToken } from '../../../server/auth/tokens';
import { DEMO_PASSWORD } from '../../../server/seed/demo-data';
import { current } from './revision';
import type { SampleEnv, Samples } from './types';

const now = (env: SampleEnv) => env.clock.now();
const someOrganisation = (env: SampleEnv) => Object.values(env.target.organisationIds)[0]!;
const institution = (env: SampleEnv) => env.target.organisationIds['Koning Willem I College'] ?? env.target.organisationIds['ROC Albeda']!;

function freshLocation(env: SampleEnv) {
  return env.db
    .insert(topLocations)
    .values({ partnershipId: env.target.partnershipId, organisationId: someOrganisation(env), name: 'Proeflocatie', address: 'Straat 1', city: 'Ergens', openDays: [1, 2], createdAt: now(env) })
    .returning()
    .get().id;
}
function freshProgramme(env: SampleEnv) {
  return env.db
    .insert(programmes)
    .values({ partnershipId: env.target.partnershipId, institutionId: institution(env), code: 'proef', name: 'Proefopleiding', nlqfLevel: 4, route: 'bol', daysPerWeek: 2, createdAt: now(env) })
    .returning()
    .get().id;
}
function freshCohort(env: SampleEnv) {
  return env.db.insert(cohorts).values({ partnershipId: env.target.partnershipId, name: 'Proefklas', institutionId: institution(env), schoolYearId: env.target.schoolYearId, createdAt: now(env) }).returning().get().id;
}
function freshStudent(env: SampleEnv) {
  return env.db
    .insert(students)
    .values({ partnershipId: env.target.partnershipId, firstName: 'Proef', lastName: 'Student', programmeId: Object.values(env.target.programmeIdByCode)[0]!, schoolYearId: env.target.schoolYearId, createdAt: now(env) })
    .returning()
    .get().id;
}
function freshInvite(env: SampleEnv, token = 'uitnodiging-token-proef', email = 'nieuw@example.org') {
  const creator = Object.values(env.target.userIdByEmail)[1]!;
  return env.db
    .insert(invites)
    .values({ partnershipId: env.target.partnershipId, email, name: 'Nieuwe Persoon', role: 'mentor', tokenHash: hashToken(token), createdBy: creator, createdAt: now(env), expiresAt: now(env) + 86_400_000 })
    .returning()
    .get().id;
}
const mentorOf = (env: SampleEnv) => Object.entries(env.target.userIdByEmail).find(([email]) => email.startsWith('mentor@'))![1];
const firstPeriod = (env: SampleEnv) => env.db.select().from(periods).where(eq(periods.schoolYearId, env.target.schoolYearId)).get()!;
/** The mentor with the revision of their account as the people page would read it. */
const mentorAsRead = (env: SampleEnv) => ({ userId: mentorOf(env), revision: current(env, users, mentorOf(env)).revision });

const location = { name: 'Nieuw kindcentrum', address: 'Laan 3', postcode: '', city: 'Eindhoven', openDays: [1, 3], lat: null, lon: null };

export const coreSamples: Samples = {
  'session.me': { input: () => undefined, other: 'n/a' },
  'session.overview': { input: () => undefined, other: 'n/a' },
  'session.switchPartnership': { input: (env) => ({ partnershipId: env.target.partnershipId }), other: 'notFound' },
  'session.setLanguage': { input: () => ({ locale: 'en' }), other: 'n/a' },
  'session.changePassword': { input: () => ({ currentPassword: DEMO_PASSWORD, newPassword: 'een heel nieuw wachtwoord' }), other: 'n/a' },

  'organisations.list': { input: () => undefined, other: 'noLeak' },
  'organisations.create': { input: () => ({ name: 'Gemeente Proefstad', type: 'gemeente' }), other: 'n/a' },
  'organisations.update': { input: (env) => ({ ...current(env, organisations, someOrganisation(env)), name: 'Nieuwe naam', type: 'schoolbestuur' }), other: 'notFound' },
  'organisations.remove': {
    input: (env) => {
      const id = env.db.$client.prepare("INSERT INTO organisation (name, type, created_at) VALUES ('Los', 'gemeente', 0) RETURNING id").get() as { id: number };
      env.db.$client.prepare('INSERT INTO partnership_organisation (partnership_id, organisation_id) VALUES (?, ?)').run(env.target.partnershipId, id.id);
      return { id: id.id };
    },
    other: 'notFound',
  },

  'locations.list': { input: () => undefined, other: 'noLeak' },
  'locations.get': { input: (env) => ({ id: env.target.locationIds[0]! }), other: 'notFound' },
  'locations.create': { input: (env) => ({ ...location, organisationId: someOrganisation(env) }), other: 'notFound' },
  'locations.update': { input: (env) => ({ ...location, ...current(env, topLocations, env.target.locationIds[0]!), organisationId: someOrganisation(env) }), other: 'notFound' },
  'locations.remove': { input: (env) => ({ id: freshLocation(env) }), other: 'notFound' },

  'programmes.list': { input: () => undefined, other: 'noLeak' },
  'programmes.create': { input: (env) => ({ name: 'Nieuw', code: 'nieuw', institutionId: institution(env), nlqfLevel: 4, route: 'bol', daysPerWeek: 2 }), other: 'notFound' },
  'programmes.update': { input: (env) => ({ ...current(env, programmes, env.target.programmeIdByCode['pw3']!), name: 'PW 3', code: 'pw3', institutionId: institution(env), nlqfLevel: 3, route: 'bol', daysPerWeek: 3 }), other: 'notFound' },
  'programmes.remove': { input: (env) => ({ id: freshProgramme(env) }), other: 'notFound' },

  'schoolYears.list': { input: () => undefined, other: 'noLeak' },
  'schoolYears.create': { input: () => ({ label: '2027-2028', startsOn: '2027-08-01', endsOn: '2028-07-31' }), other: 'n/a' },
  'schoolYears.createPeriod': { input: (env) => ({ schoolYearId: env.target.schoolYearId, name: 'Zomer', startsOn: '2027-07-01', endsOn: '2027-07-31' }), other: 'notFound' },
  'schoolYears.updatePeriod': { input: (env) => ({ ...firstPeriod(env), name: 'Blok 1' }), other: 'notFound' },
  'schoolYears.removePeriod': { input: (env) => ({ id: firstPeriod(env).id }), other: 'notFound' },

  'cohorts.list': { input: () => undefined, other: 'noLeak' },
  'cohorts.create': { input: (env) => ({ name: 'Nieuwe klas', institutionId: institution(env), programmeId: null, schoolYearId: env.target.schoolYearId }), other: 'notFound' },
  'cohorts.update': { input: (env) => ({ ...current(env, cohorts, env.target.cohortId), name: 'Klas A', institutionId: institution(env), programmeId: null, schoolYearId: env.target.schoolYearId }), other: 'notFound' },
  'cohorts.remove': { input: (env) => ({ id: freshCohort(env) }), other: 'notFound' },

  'students.list': { input: () => ({ search: '' }), other: 'noLeak' },
  'students.mine': { input: () => undefined, other: 'n/a' },
  'students.get': { input: (env) => ({ id: env.target.studentIds[3]! }), other: 'notFound' },
  'students.create': {
    input: (env) => ({ firstName: 'Nina', lastName: 'Nieuw', programmeId: env.target.programmeIdByCode['pw4']!, cohortId: null, schoolYearId: env.target.schoolYearId }),
    other: 'notFound',
  },
  'students.update': {
    input: (env) => ({ ...current(env, students, env.target.studentIds[3]!), firstName: 'Anders', lastName: 'Genoemd', programmeId: env.target.programmeIdByCode['pw4']!, cohortId: null, schoolYearId: env.target.schoolYearId }),
    other: 'notFound',
  },
  'students.remove': { input: (env) => ({ id: freshStudent(env) }), other: 'notFound' },
  'students.unlinkAccount': { input: (env) => ({ id: env.target.studentIds[3]! }), other: 'notFound' },

  'people.list': { input: () => undefined, other: 'noLeak' },
  'people.invite': { input: (env) => ({ name: 'Nieuwe Mentor', email: 'nieuwe.mentor@example.org', role: 'locatie', topLocationId: env.target.locationIds[1]! }), other: 'notFound' },
  'people.revokeInvite': { input: (env) => ({ id: freshInvite(env) }), other: 'notFound' },
  'people.renewInvite': { input: (env) => ({ id: freshInvite(env, 'hernieuw-token-proef') }), other: 'notFound' },
  'people.inviteClass': { input: (env) => ({ cohortId: env.target.cohortId }), other: 'notFound' },
  'people.inviteFromCsv': { input: () => ({ csv: 'studentnummer\nonbekend\n' }), other: 'noLeak' },
  'people.addRole': { input: (env) => ({ ...mentorAsRead(env), role: 'regiegroep' }), other: 'notFound' },
  'people.removeRole': { input: (env) => ({ ...mentorAsRead(env), role: 'mentor' }), other: 'notFound' },
  'people.setBlocked': { input: (env) => ({ ...mentorAsRead(env), blocked: true }), other: 'notFound' },
  'people.endSessions': { input: (env) => ({ userId: mentorOf(env) }), other: 'notFound' },
  'people.myInvitations': { input: () => undefined, other: 'n/a' },
  // An invitation addressed to the actor is theirs to accept, whichever partnership sent it.
  'people.acceptMyInvitation': {
    input: (env) => ({ id: freshInvite(env, 'mine-token-123456', env.actor?.email ?? 'niemand@example.org') }),
    other: 'n/a',
  },
  'people.inviteInfo': {
    input: (env) => {
      freshInvite(env, 'info-token-123456');
      return { token: 'info-token-123456' };
    },
    other: 'byToken',
    writes: true,
  },
  'people.acceptInvite': {
    input: (env) => {
      freshInvite(env, 'accept-token-123456');
      return { token: 'accept-token-123456', password: 'een lang genoeg wachtwoord' };
    },
    other: 'n/a',
  },

  'audit.list': { input: () => ({}), other: 'noLeak' },
  'audit.filterOptions': { input: () => undefined, other: 'noLeak' },
  'audit.exportCsv': { input: () => ({}), other: 'noLeak' },
};

/** Strings that belong to one partnership only: finding one in another's answer is a leak. */
export function fingerprintsOf(env: Pick<SampleEnv, 'db'>, partnershipId: number): string[] {
  const sqlite = env.db.$client;
  const strings = [
    ...(sqlite.prepare('SELECT name FROM partnership WHERE id = ?').pluck().all(partnershipId) as string[]),
    ...(sqlite.prepare('SELECT name FROM top_location WHERE partnership_id = ?').pluck().all(partnershipId) as string[]),
    ...(sqlite.prepare('SELECT name FROM cohort WHERE partnership_id = ?').pluck().all(partnershipId) as string[]),
    ...(sqlite.prepare('SELECT o.name FROM organisation o JOIN partnership_organisation po ON po.organisation_id = o.id WHERE po.partnership_id = ? AND o.id NOT IN (SELECT organisation_id FROM partnership_organisation WHERE partnership_id <> ?)').pluck().all(partnershipId, partnershipId) as string[]),
    ...(sqlite.prepare('SELECT u.name FROM user u WHERE u.id IN (SELECT user_id FROM membership WHERE partnership_id = ?) AND u.id NOT IN (SELECT user_id FROM membership WHERE partnership_id <> ?)').pluck().all(partnershipId, partnershipId) as string[]),
    ...(sqlite.prepare("SELECT first_name || ' ' || last_name FROM student WHERE partnership_id = ?").pluck().all(partnershipId) as string[]),
  ];
  return [...new Set(strings)];
}
