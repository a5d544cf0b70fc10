import { and, asc, eq } from 'drizzle-orm';
import { coaches, coachingLabels, coachingRoles, coachingTariffs, mentorTeamOrganisations, mentorTeams, topLocations } from '../../../db/schema';
import type { SampleEnv, Samples } from './types';

const labelOf = (env: SampleEnv) =>
  env.db.select().from(coachingLabels).where(eq(coachingLabels.partnershipId, env.target.partnershipId)).orderBy(asc(coachingLabels.id)).get()!;
const roleOf = (env: SampleEnv) =>
  env.db.select().from(coachingRoles).where(eq(coachingRoles.partnershipId, env.target.partnershipId)).orderBy(asc(coachingRoles.id)).get()!;
const coachOf = (env: SampleEnv) =>
  env.db.select().from(coaches).where(eq(coaches.partnershipId, env.target.partnershipId)).orderBy(asc(coaches.id)).get()!;
const locationOf = (env: SampleEnv) =>
  env.db.select().from(topLocations).where(eq(topLocations.partnershipId, env.target.partnershipId)).orderBy(asc(topLocations.id)).get()!;
const userOf = (env: SampleEnv, prefix: string) => Object.entries(env.target.userIdByEmail).find(([email]) => email.startsWith(prefix))![1];

const tariffOf = (env: SampleEnv) =>
  env.db.select().from(coachingTariffs).where(eq(coachingTariffs.partnershipId, env.target.partnershipId)).orderBy(asc(coachingTariffs.id)).get()!;
/** The first mentor team's key for 2031: equal parts over its adopting organisations (the first takes the rest). */
function costKeyFor(env: SampleEnv) {
  const team = env.db.select().from(mentorTeams).where(eq(mentorTeams.partnershipId, env.target.partnershipId)).orderBy(asc(mentorTeams.id)).get()!;
  const adopters = env.db.select().from(mentorTeamOrganisations).where(eq(mentorTeamOrganisations.teamId, team.id)).all();
  const each = Math.floor(10000 / adopters.length) / 100;
  const shares = adopters.map((a, i) => ({ organisationId: a.organisationId, percent: i === 0 ? Math.round((100 - each * (adopters.length - 1)) * 100) / 100 : each }));
  return { teamId: team.id, year: 2031, revision: null, shares };
}

/** The demo mentor is a coach already (in both partnerships): the sample (rolled back) unregisters it first, weeks and all. */
function notACoach(env: SampleEnv, userId: number) {
  env.db.delete(coaches).where(and(eq(coaches.partnershipId, env.target.partnershipId), eq(coaches.userId, userId))).run();
  return userId;
}

export const coachingSamples: Samples = {
  'coaching.setup': { input: () => undefined, other: 'noLeak' },
  'coaching.addDefaults': { input: () => undefined, other: 'n/a' },
  'coaching.createLabel': { input: () => ({ name: 'Proeflabel', sharePercent: 5 }), other: 'n/a' },
  'coaching.updateLabel': { input: (env) => ({ id: labelOf(env).id, revision: labelOf(env).revision, name: 'Begeleiding studenten', sharePercent: 30, active: true }), other: 'notFound' },
  'coaching.createRole': { input: () => ({ name: 'Proefrol' }), other: 'n/a' },
  'coaching.updateRole': { input: (env) => ({ id: roleOf(env).id, revision: roleOf(env).revision, name: "IB'er 0-4" }), other: 'notFound' },
  'coaching.createCoach': { input: (env) => ({ userId: notACoach(env, userOf(env, 'mentor@')), coachingRoleId: roleOf(env).id, locationId: locationOf(env).id, organisationId: locationOf(env).organisationId }), other: 'notFound' },
  'coaching.endCoach': { input: (env) => ({ id: coachOf(env).id, revision: coachOf(env).revision, ended: true }), other: 'notFound' },
  'coaching.updateCoach': { input: (env) => ({ id: coachOf(env).id, revision: coachOf(env).revision, coachingRoleId: roleOf(env).id, locationId: locationOf(env).id, organisationId: locationOf(env).organisationId }), other: 'notFound' },

  'coaching.myWeek': { input: () => ({ week: '2026-W47' }), other: 'n/a' },
  'coaching.saveWeek': { input: (env) => ({ week: '2026-W01', revision: null, lines: [{ labelId: labelOf(env).id, locationId: locationOf(env).id, organisationId: locationOf(env).organisationId, hours: '2,5' }] }), other: 'notFound' },

  'coaching.hours': { input: () => ({ year: 2026 }), other: 'noLeak' },
  'coaching.rekentool': { input: () => ({ year: 2026 }), other: 'noLeak' },
  'coaching.saveNorm': { input: () => ({ year: 2031, revision: null, countsFixedBase: false, hoursPerLocation: 50, hoursPerVeChild: '10', hoursPerFtePm: 10 }), other: 'n/a' },
  'coaching.saveFigures': { input: (env) => ({ locationId: locationOf(env).id, year: 2031, revision: null, veChildren: 12, ftePm: '4,5', fixedBaseHours: 0 }), other: 'notFound' },
  'coaching.exportHours': { input: () => ({ year: 2026, format: 'csv' }), other: 'noLeak' },

  'coaching.tariffs': { input: () => ({ year: 2026 }), other: 'noLeak' },
  'coaching.saveTariff': { input: (env) => ({ year: 2031, target: { kind: 'coachingRole', coachingRoleId: roleOf(env).id }, euros: '45,50', revision: null }), other: 'notFound' },
  'coaching.removeTariff': { input: (env) => ({ id: tariffOf(env).id, revision: tariffOf(env).revision }), other: 'notFound' },
  'coaching.saveCostKey': { input: (env) => costKeyFor(env), other: 'notFound' },
  'coaching.costs': { input: () => ({ year: 2026 }), other: 'noLeak' },
  'coaching.exportCosts': { input: () => ({ year: 2026, format: 'csv' }), other: 'noLeak' },
};
