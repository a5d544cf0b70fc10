/**
 * Demo content: a regiegroep per demo partnership — its members and whom they represent (the demo
 * regiegroep account chairs; the lector takes part in both), the rhythm of three meetings a school
 * year, four past meetings with minutes, decisions traced to signals, dilemmas and principles (some
 * changing the PW3 programme), actions in every state (done, in progress, open, overdue) and trends,
 * and the next meeting planned with the start of an agenda. Runs after the mentor-teams and knowledge
 * seeds, whose subjects it finds by title. Dates of actions are relative to the seed's today.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import type { FeatureSeed } from '../../seed/feature-seeds';
import type { DemoPartnershipIds } from '../../seed/seed-core';
import {
  knowledgeEntries,
  knowledgePrinciples,
  memberships,
  regiegroepActions,
  regiegroepAgendaItems,
  regiegroepDecisions,
  regiegroepMeetings,
  regiegroepTrends,
  regiegroepen,
  signals,
  users,
} from '../../../db/schema';
import { addDays, isoDateAt } from '../../../shared/domain/dates';
import {
  DEMO_MEETINGS,
  DEMO_MEMBERS,
  GROUP_NAMES,
  LECTOR_ORGANISATION,
  PLANNED_MEETING,
  type DemoMeeting,
} from './regiegroep.seed-content';

type Key = 'eindhoven' | 'rotterdam';
const at = (date: string) => Date.parse(`${date}T18:00:00Z`);
const placeOf = (ids: DemoPartnershipIds, place: number | string) =>
  typeof place === 'number' ? Object.keys(ids.locationIdByName)[place]! : place;

function findSubject(db: Db, ids: DemoPartnershipIds, kind: string, title: string): number | undefined {
  if (kind === 'signaal')
    return db
      .select({ id: signals.id })
      .from(signals)
      .where(and(eq(signals.partnershipId, ids.partnershipId), eq(signals.title, title)))
      .get()?.id;
  if (kind === 'dilemma')
    return db
      .select({ id: knowledgeEntries.id })
      .from(knowledgeEntries)
      .where(and(eq(knowledgeEntries.partnershipId, ids.partnershipId), eq(knowledgeEntries.title, title)))
      .get()?.id;
  if (kind === 'principe')
    return db
      .select({ id: knowledgePrinciples.id })
      .from(knowledgePrinciples)
      .where(and(eq(knowledgePrinciples.partnershipId, ids.partnershipId), eq(knowledgePrinciples.statement, title)))
      .get()?.id;
  return undefined;
}

function seedMembers(db: Db, key: Key, ids: DemoPartnershipIds, now: number): Record<string, number> {
  const chair = ids.userIdByEmail[`regiegroep@${key}.demo`]!;
  const passwordHash = db.select({ h: users.passwordHash }).from(users).where(eq(users.id, chair)).get()!.h;
  const lector = ids.userIdByEmail['lector@werkplaats.demo']!;
  const lectorOrg = LECTOR_ORGANISATION[key];
  if (lectorOrg)
    db.update(memberships)
      .set({ organisationId: ids.organisationIds[lectorOrg]! })
      .where(
        and(
          eq(memberships.userId, lector),
          eq(memberships.partnershipId, ids.partnershipId),
          eq(memberships.role, 'regiegroep'),
        ),
      )
      .run();
  const owners: Record<string, number> = {
    chair,
    projectleider: ids.userIdByEmail[`projectleider@${key}.demo`]!,
    mentor: ids.userIdByEmail[`mentor@${key}.demo`]!,
  };
  DEMO_MEMBERS[key].forEach((m, i) => {
    const userId = db
      .insert(users)
      .values({ email: m.email, name: m.name, passwordHash, createdAt: now })
      .returning({ id: users.id })
      .get().id;
    db.insert(memberships)
      .values({
        userId,
        partnershipId: ids.partnershipId,
        role: 'regiegroep',
        organisationId: m.organisation ? ids.organisationIds[m.organisation]! : null,
        createdAt: now,
      })
      .run();
    owners[`member:${i}`] = userId;
  });
  db.insert(regiegroepen)
    .values({
      partnershipId: ids.partnershipId,
      name: GROUP_NAMES[key],
      meetingsPerYear: 3,
      chairUserId: chair,
      createdAt: now,
      updatedAt: now,
    })
    .run();
  return owners;
}

function seedMeeting(
  db: Db,
  ids: DemoPartnershipIds,
  owners: Record<string, number>,
  demo: DemoMeeting,
  today: string,
) {
  const chair = owners.chair!;
  const meetingId = db
    .insert(regiegroepMeetings)
    .values({
      partnershipId: ids.partnershipId,
      heldOn: demo.heldOn,
      startsAt: '15:30',
      place: placeOf(ids, demo.place),
      title: demo.title,
      status: 'gehouden',
      minutes: demo.minutes,
      createdBy: chair,
      createdAt: at(demo.heldOn),
      updatedAt: at(demo.heldOn),
    })
    .returning({ id: regiegroepMeetings.id })
    .get().id;
  const itemOf = new Map<string, number>();
  let position = 0;
  for (const item of demo.agenda) {
    const refId = item.kind === 'vrij' ? null : findSubject(db, ids, item.kind, item.title);
    if (item.kind !== 'vrij' && refId === undefined) continue;
    const id = db
      .insert(regiegroepAgendaItems)
      .values({
        meetingId,
        position: ++position,
        kind: item.kind,
        refId: refId ?? null,
        title: item.title,
        createdBy: chair,
        createdAt: at(demo.heldOn),
      })
      .returning({ id: regiegroepAgendaItems.id })
      .get().id;
    itemOf.set(item.title, id);
  }
  for (const d of demo.decisions) {
    const subjectId = d.subject ? findSubject(db, ids, d.subject.kind, d.subject.title) : undefined;
    const programmeId = d.programme ? ids.programmeIdByCode[d.programme.code]! : null;
    const decisionId = db
      .insert(regiegroepDecisions)
      .values({
        partnershipId: ids.partnershipId,
        meetingId,
        agendaItemId: d.subject ? (itemOf.get(d.subject.title) ?? null) : null,
        subjectKind: subjectId !== undefined ? d.subject!.kind : null,
        subjectId: subjectId ?? null,
        text: d.text,
        programmeId,
        programmeChange: d.programme?.change ?? null,
        programmeChangeNote: d.programme?.note ?? '',
        createdBy: chair,
        createdAt: at(demo.heldOn),
        updatedAt: at(demo.heldOn),
      })
      .returning({ id: regiegroepDecisions.id })
      .get().id;
    for (const a of d.actions ?? []) {
      const due = [addDays(today, a.due), demo.heldOn].sort().pop()!;
      const doneOn = a.status === 'afgerond' ? [addDays(due, -3), demo.heldOn].sort().pop()! : null;
      db.insert(regiegroepActions)
        .values({
          partnershipId: ids.partnershipId,
          meetingId,
          decisionId,
          title: a.title,
          ownerUserId: owners[a.owner]!,
          dueOn: due,
          status: a.status,
          doneOn,
          createdBy: chair,
          createdAt: at(demo.heldOn),
          updatedAt: at(doneOn ?? demo.heldOn),
        })
        .run();
    }
  }
  for (const t of demo.trends)
    db.insert(regiegroepTrends)
      .values({ ...t, meetingId, createdBy: chair, createdAt: at(demo.heldOn) })
      .run();
}

function seedPartnership(db: Db, key: Key, ids: DemoPartnershipIds, now: number) {
  const today = isoDateAt(now);
  const owners = seedMembers(db, key, ids, now);
  for (const meeting of DEMO_MEETINGS.filter((m) => m.heldOn <= today)) seedMeeting(db, ids, owners, meeting, today);
  const planned = db
    .insert(regiegroepMeetings)
    .values({
      partnershipId: ids.partnershipId,
      heldOn: PLANNED_MEETING.heldOn,
      startsAt: '15:30',
      place: placeOf(ids, PLANNED_MEETING.place),
      title: PLANNED_MEETING.title,
      status: 'gepland',
      createdBy: owners.chair!,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: regiegroepMeetings.id })
    .get().id;
  let position = 0;
  for (const item of PLANNED_MEETING.agenda) {
    const refId = item.kind === 'vrij' ? null : findSubject(db, ids, item.kind, item.title);
    if (refId === undefined) continue;
    db.insert(regiegroepAgendaItems)
      .values({
        meetingId: planned,
        position: ++position,
        kind: item.kind,
        refId,
        title: item.title,
        createdBy: owners.chair!,
        createdAt: now,
      })
      .run();
  }
}

export const regiegroepSeed: FeatureSeed = (db, clock, region) => {
  seedPartnership(db, 'eindhoven', region.eindhoven, clock.now());
  seedPartnership(db, 'rotterdam', region.rotterdam, clock.now());
};
