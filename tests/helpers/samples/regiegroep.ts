import { and, asc, eq } from 'drizzle-orm';
import { memberships, mentorTeams, regiegroepActions, regiegroepAgendaItems, regiegroepDecisions, regiegroepMeetings, regiegroepen, regiegroepTrends } from '../../../db/schema';
import { current } from './revision';
import type { SampleEnv, Samples } from './types';

const userOf = (env: SampleEnv, prefix: string) => Object.entries(env.target.userIdByEmail).find(([email]) => email.startsWith(prefix))![1];
const now = (env: SampleEnv) => env.clock.now();
const teamOf = (env: SampleEnv) => env.db.select({ id: mentorTeams.id }).from(mentorTeams).where(eq(mentorTeams.partnershipId, env.target.partnershipId)).get()!.id;
const meetingWith = (env: SampleEnv, status: string) =>
  env.db.select({ id: regiegroepMeetings.id }).from(regiegroepMeetings).where(and(eq(regiegroepMeetings.partnershipId, env.target.partnershipId), eq(regiegroepMeetings.status, status))).orderBy(asc(regiegroepMeetings.heldOn)).all().at(-1)!.id;
/** The next meeting (planned, with the start of an agenda) and the last one held (with decisions and actions). */
const planned = (env: SampleEnv) => meetingWith(env, 'gepland');
const held = (env: SampleEnv) => meetingWith(env, 'gehouden');
const itemsOf = (env: SampleEnv, meetingId: number) => env.db.select({ id: regiegroepAgendaItems.id }).from(regiegroepAgendaItems).where(eq(regiegroepAgendaItems.meetingId, meetingId)).orderBy(asc(regiegroepAgendaItems.position)).all().map((r) => r.id);
const firstOf = (env: SampleEnv, table: typeof regiegroepDecisions | typeof regiegroepActions) => env.db.select({ id: table.id }).from(table).where(eq(table.partnershipId, env.target.partnershipId)).orderBy(asc(table.id)).get()!.id;
const author = (env: SampleEnv) => userOf(env, 'regiegroep@');
/** The group's revision as read (0 while the partnership never saved its settings). */
const groupRevision = (env: SampleEnv) => env.db.select({ revision: regiegroepen.revision }).from(regiegroepen).where(eq(regiegroepen.partnershipId, env.target.partnershipId)).get()?.revision ?? 0;
/** The regiegroep membership's revision of the member the sample edits. */
const membershipRevision = (env: SampleEnv) => env.db.select({ revision: memberships.revision }).from(memberships).where(and(eq(memberships.userId, userOf(env, 'regiegroep@')), eq(memberships.partnershipId, env.target.partnershipId), eq(memberships.role, 'regiegroep'))).get()?.revision ?? 0;

function freshMeeting(env: SampleEnv) {
  return env.db.insert(regiegroepMeetings).values({ partnershipId: env.target.partnershipId, heldOn: '2027-06-15', title: 'Proefoverleg', status: 'gepland', createdBy: author(env), createdAt: now(env), updatedAt: now(env) }).returning().get().id;
}
function freshItem(env: SampleEnv) {
  return env.db.insert(regiegroepAgendaItems).values({ meetingId: planned(env), position: 99, kind: 'vrij', title: 'Proefpunt', createdBy: author(env), createdAt: now(env) }).returning().get().id;
}
function freshDecision(env: SampleEnv) {
  return env.db.insert(regiegroepDecisions).values({ partnershipId: env.target.partnershipId, meetingId: held(env), text: 'Proefbesluit', createdBy: author(env), createdAt: now(env), updatedAt: now(env) }).returning().get().id;
}
/** An action owned by the acting person (so its owner may set the status), or by the projectleider. */
function freshAction(env: SampleEnv) {
  const owner = env.actor?.userId ?? userOf(env, 'projectleider@');
  return env.db
    .insert(regiegroepActions)
    .values({ partnershipId: env.target.partnershipId, meetingId: held(env), title: 'Proefactie', ownerUserId: owner, dueOn: '2026-12-01', status: 'open', createdBy: author(env), createdAt: now(env), updatedAt: now(env) })
    .returning()
    .get().id;
}
function freshTrend(env: SampleEnv) {
  return env.db.insert(regiegroepTrends).values({ meetingId: held(env), title: 'Proeftrend', circle: 'buurt', createdBy: author(env), createdAt: now(env) }).returning().get().id;
}

const decision = { agendaItemId: null, subjectKind: null, subjectId: null, text: 'De regiegroep besluit proef.', programmeId: null, programmeChange: null, programmeChangeNote: '' };

export const regiegroepSamples: Samples = {
  // The filters name the target's school year: another partnership's selects nothing (an empty state, no error).
  'regiegroep.dashboard': { input: (env) => ({ schoolYearId: env.target.schoolYearId }), other: 'noLeak' },
  'regiegroep.dashboardOptions': { input: () => undefined, other: 'noLeak' },
  'regiegroep.drillTeam': { input: (env) => ({ teamId: teamOf(env) }), other: 'notFound' },
  'regiegroep.drillSignals': { input: (env) => ({ teamId: teamOf(env) }), other: 'notFound' },
  'regiegroep.exportTable': { input: (env) => ({ table: 'logboeken', schoolYearId: env.target.schoolYearId }), other: 'noLeak' },
  'regiegroep.drillPlacements': { input: (env) => ({ outcome: 'niet-geplaatst', schoolYearId: env.target.schoolYearId }), other: 'noLeak' },
  'regiegroep.drillEntries': { input: (env) => ({ status: 'open', schoolYearId: env.target.schoolYearId }), other: 'noLeak' },
  'regiegroep.drillPrinciples': { input: (env) => ({ locationId: env.target.locationIds[0]! }), other: 'noLeak' },

  'regiegroep.group': { input: () => undefined, other: 'noLeak' },
  'regiegroep.updateGroup': { input: (env) => ({ name: 'Regiegroep proef', meetingsPerYear: 4, chairUserId: userOf(env, 'regiegroep@'), revision: groupRevision(env) }), other: 'notFound' },
  'regiegroep.setMemberOrganisation': { input: (env) => ({ userId: userOf(env, 'regiegroep@'), organisationId: Object.values(env.target.organisationIds)[0]!, revision: membershipRevision(env) }), other: 'notFound' },

  'regiegroep.meetings': { input: () => undefined, other: 'noLeak' },
  'regiegroep.meeting': { input: (env) => ({ id: planned(env) }), other: 'notFound' },
  'regiegroep.createMeeting': { input: () => ({ heldOn: '2027-03-09', startsAt: '15:30', place: 'Online', title: 'Extra overleg' }), other: 'n/a' },
  'regiegroep.updateMeeting': { input: (env) => ({ ...current(env, regiegroepMeetings, planned(env)), heldOn: '2027-02-10', startsAt: '', place: '', title: 'Verplaatst overleg', status: 'gepland', minutes: '' }), other: 'notFound' },
  'regiegroep.removeMeeting': { input: (env) => current(env, regiegroepMeetings, freshMeeting(env)), other: 'notFound' },

  'regiegroep.addAgendaItem': { input: (env) => ({ meetingId: planned(env), kind: 'vrij', refId: null, title: 'Rondvraag', note: '' }), other: 'notFound' },
  'regiegroep.updateAgendaItem': { input: (env) => ({ ...current(env, regiegroepAgendaItems, freshItem(env)), title: 'Opening', note: 'Kort' }), other: 'notFound' },
  'regiegroep.removeAgendaItem': { input: (env) => current(env, regiegroepAgendaItems, freshItem(env)), other: 'notFound' },
  'regiegroep.reorderAgenda': { input: (env) => ({ meetingId: planned(env), items: itemsOf(env, planned(env)).reverse().map((id) => current(env, regiegroepAgendaItems, id)) }), other: 'notFound' },

  'regiegroep.decisions': { input: () => undefined, other: 'noLeak' },
  'regiegroep.recordDecision': { input: (env) => ({ ...decision, meetingId: held(env) }), other: 'notFound' },
  'regiegroep.updateDecision': { input: (env) => ({ ...decision, ...current(env, regiegroepDecisions, firstOf(env, regiegroepDecisions)) }), other: 'notFound' },
  'regiegroep.removeDecision': { input: (env) => current(env, regiegroepDecisions, freshDecision(env)), other: 'notFound' },

  'regiegroep.actions': { input: () => ({}), other: 'noLeak' },
  'regiegroep.addAction': { input: (env) => ({ meetingId: held(env), decisionId: null, title: 'Proefactie', ownerUserId: userOf(env, 'projectleider@'), dueOn: '2026-12-15' }), other: 'notFound' },
  'regiegroep.updateAction': { input: (env) => ({ ...current(env, regiegroepActions, firstOf(env, regiegroepActions)), decisionId: null, title: 'Bijgewerkt', ownerUserId: userOf(env, 'projectleider@'), dueOn: '2026-12-20', status: 'bezig' }), other: 'notFound' },
  'regiegroep.removeAction': { input: (env) => current(env, regiegroepActions, freshAction(env)), other: 'notFound' },
  'regiegroep.myActions': { input: () => undefined, other: 'noLeak' },
  'regiegroep.setActionStatus': { input: (env) => ({ id: freshAction(env), revision: 0, status: 'bezig' }), other: 'notFound' },

  'regiegroep.addTrend': { input: (env) => ({ meetingId: held(env), title: 'Proeftrend', circle: 'samenleving', description: '', implication: '' }), other: 'notFound' },
  'regiegroep.removeTrend': { input: (env) => ({ id: freshTrend(env) }), other: 'notFound' },
};
