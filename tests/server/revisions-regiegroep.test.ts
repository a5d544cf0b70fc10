/**
 * The regiegroep's records carry a revision (decisions 071, 079): the group, a meeting (its minutes), an
 * agenda item, a decision, an action and an action's status. A stale save is refused over HTTP with
 * 409/CONFLICT naming who saved in between and when, and changes nothing; a fresh one passes. The agenda's
 * order claims every item in one transaction; a removal of a record changed meanwhile is refused too.
 * Whom a member represents is kept on their membership, which carries a revision of its own (decision 086).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import {
  memberships,
  regiegroepActions,
  regiegroepAgendaItems,
  regiegroepDecisions,
  regiegroepMeetings,
  regiegroepen,
} from '../../db/schema';
import { callerFor } from '../helpers/demo';
import { testServer, type TestServer } from '../helpers/server';
import { expectRevisionGuard, post, revisionIn, sessionOf } from '../helpers/revisions';

const CHAIR = 'regiegroep@eindhoven.demo';
const PL = 'projectleider@eindhoven.demo';
let s: TestServer;
beforeAll(async () => {
  s = await testServer();
}, 60_000);
const chair = () => callerFor(s, CHAIR).regiegroep;
const planned = async () => (await chair().meetings()).meetings.find((m) => m.heldOn === '2027-02-09')!;
const held = async () => (await chair().meetings()).meetings.find((m) => m.status === 'gehouden')!;

describe('the regiegroep', () => {
  it('the group (name, rhythm, chair)', async () => {
    const group = await chair().group();
    const id = s.db
      .select({ id: regiegroepen.id })
      .from(regiegroepen)
      .where(eq(regiegroepen.partnershipId, s.region.eindhoven.partnershipId))
      .get()!.id;
    await expectRevisionGuard(s, {
      path: 'regiegroep.updateGroup',
      first: PL,
      second: CHAIR,
      table: regiegroepen,
      id,
      input: (revision) => ({
        name: `Regiegroep ${revision}`,
        meetingsPerYear: 3,
        chairUserId: group.chairUserId,
        revision,
      }),
      noun: 'De regiegroep',
    });
  });

  it('whom a member represents', async () => {
    const member = (await chair().group()).members[0]!;
    const membership = () =>
      s.db
        .select()
        .from(memberships)
        .where(
          and(
            eq(memberships.userId, member.userId),
            eq(memberships.partnershipId, s.region.eindhoven.partnershipId),
            eq(memberships.role, 'regiegroep'),
          ),
        )
        .get()!;
    const organisationId = Object.values(s.region.eindhoven.organisationIds)[0]!;
    expect(member.revision).toBe(membership().revision);
    await expectRevisionGuard(s, {
      path: 'regiegroep.setMemberOrganisation',
      first: PL,
      second: CHAIR,
      table: memberships,
      id: membership().id,
      input: (revision) => ({ userId: member.userId, organisationId, revision }),
      noun: 'Wie dit lid vertegenwoordigt',
      stored: () => membership().updatedBy,
    });
    expect(membership()).toMatchObject({ organisationId, revision: member.revision + 2 });
  });

  it("a meeting's minutes: the other's words stay until the stale writer chooses", async () => {
    const { id } = await planned();
    const { meeting } = await chair().meeting({ id });
    await expectRevisionGuard(s, {
      path: 'regiegroep.updateMeeting',
      first: CHAIR,
      second: PL,
      table: regiegroepMeetings,
      id,
      input: (revision) => ({ ...meeting, revision, minutes: `Notulen bij revisie ${revision}` }),
      noun: 'Dit overleg',
    });
    expect((await chair().meeting({ id })).meeting.minutes).toBe(`Notulen bij revisie ${meeting.revision + 1}`);
  });

  it('an agenda item', async () => {
    const { id: meetingId } = await planned();
    const { itemId } = await chair().addAgendaItem({ meetingId, kind: 'vrij', refId: null, title: 'Punt', note: '' });
    await expectRevisionGuard(s, {
      path: 'regiegroep.updateAgendaItem',
      first: PL,
      second: CHAIR,
      table: regiegroepAgendaItems,
      id: itemId,
      input: (revision) => ({ id: itemId, revision, title: 'Punt', note: `Toelichting ${revision}` }),
      noun: 'Dit agendapunt',
    });
  });

  it('a decision, and its removal after someone changed it', async () => {
    const { id: meetingId } = await held();
    const none = { agendaItemId: null, subjectKind: null, subjectId: null, programmeId: null, programmeChange: null };
    const { id } = await chair().recordDecision({ ...none, meetingId, text: 'Eerste tekst', programmeChangeNote: '' });
    const { a, b, name } = await expectRevisionGuard(s, {
      path: 'regiegroep.updateDecision',
      first: CHAIR,
      second: PL,
      table: regiegroepDecisions,
      id,
      input: (revision) => ({
        ...none,
        id,
        revision,
        text: `Besluit bij revisie ${revision}`,
        programmeChangeNote: '',
      }),
      noun: 'Dit besluit',
    });
    expect(
      (await post(s.app, a, 'regiegroep.updateDecision', { ...none, id, revision: 2, text: 'Nieuw' })).statusCode,
    ).toBe(200);
    const stale = await post(s.app, b, 'regiegroep.removeDecision', { id, revision: 2 });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain(`Dit besluit is intussen gewijzigd door ${name}`);
    expect(s.db.select().from(regiegroepDecisions).where(eq(regiegroepDecisions.id, id)).get()?.text).toBe('Nieuw');
    expect((await post(s.app, b, 'regiegroep.removeDecision', { id, revision: 3 })).statusCode).toBe(200);
  });

  it('an action, and its status set by its owner', async () => {
    const { id: meetingId } = await held();
    const ownerUserId = s.region.eindhoven.userIdByEmail['mentor@eindhoven.demo']!;
    const action = { decisionId: null, ownerUserId, dueOn: '2026-12-20' };
    const { id } = await chair().addAction({ ...action, meetingId, title: 'Actie' });
    await expectRevisionGuard(s, {
      path: 'regiegroep.updateAction',
      first: PL,
      second: CHAIR,
      table: regiegroepActions,
      id,
      input: (revision) => ({ ...action, id, revision, title: `Actie ${revision}`, status: 'open' }),
      noun: 'Dit actiepunt',
    });
    const statuses = ['open', 'bezig', 'afgerond', 'bezig'];
    await expectRevisionGuard(s, {
      path: 'regiegroep.setActionStatus',
      first: 'mentor@eindhoven.demo',
      second: CHAIR,
      table: regiegroepActions,
      id,
      input: (revision) => ({ id, revision, status: statuses[revision] ?? 'open' }),
      noun: 'Dit actiepunt',
    });
  });
});

describe("the agenda's order: every item claimed in one transaction", () => {
  it('an item edited since the agenda was read refuses the whole order, naming who; nothing moves', async () => {
    const { id: meetingId } = await planned();
    const read = (await chair().meeting({ id: meetingId })).agenda;
    expect(read.length).toBeGreaterThan(2);
    const [pl, regie] = [await sessionOf(s.app, PL), await sessionOf(s.app, CHAIR)];
    const last = read.at(-1)!;
    const edit = { id: last.id, revision: last.revision, title: last.title, note: 'Intussen aangevuld' };
    expect((await post(s.app, pl, 'regiegroep.updateAgendaItem', edit)).statusCode).toBe(200);

    const reversed = [...read].reverse().map((i) => ({ id: i.id, revision: i.revision }));
    const stale = await post(s.app, regie, 'regiegroep.reorderAgenda', { meetingId, items: reversed });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Dit agendapunt is intussen gewijzigd door');
    const now = (await chair().meeting({ id: meetingId })).agenda;
    expect(now.map((i) => i.id)).toEqual(read.map((i) => i.id));
    // the claims of the items before the stale one were rolled back with the refusal
    expect(now.slice(0, -1).map((i) => i.revision)).toEqual(read.slice(0, -1).map((i) => i.revision));

    const fresh = now.reverse().map((i) => ({ id: i.id, revision: i.revision }));
    expect((await post(s.app, regie, 'regiegroep.reorderAgenda', { meetingId, items: fresh })).statusCode).toBe(200);
    expect((await chair().meeting({ id: meetingId })).agenda.map((i) => i.id)).toEqual(fresh.map((i) => i.id));
    expect(revisionIn(s.db, regiegroepAgendaItems, last.id)).toBe(last.revision + 2);
  });

  it('recording a decision moves a planned meeting to held and claims it: a meeting form read before is refused', async () => {
    const { id } = await chair().createMeeting({ heldOn: '2026-11-20', startsAt: '', place: '', title: 'Ingelast' });
    const { meeting } = await chair().meeting({ id });
    const none = { agendaItemId: null, subjectKind: null, subjectId: null, programmeId: null, programmeChange: null };
    await chair().recordDecision({ ...none, meetingId: id, text: 'Direct besloten', programmeChangeNote: '' });
    const pl = await sessionOf(s.app, PL);
    const stale = await post(s.app, pl, 'regiegroep.updateMeeting', { ...meeting, status: 'gepland', minutes: 'x' });
    expect(stale.statusCode).toBe(409);
    expect((await chair().meeting({ id })).meeting.status).toBe('gehouden');
  });
});
