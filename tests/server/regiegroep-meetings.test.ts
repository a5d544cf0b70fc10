/**
 * Preparing and holding a meeting: the proposed agenda, the chair's edits, decisions that move their
 * subject on (signal → opgepakt, dilemma → besluit) and stay traceable, actions with a valid owner and
 * due date, the owner keeping their own action up to date, overdue actions on the dashboard.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { knowledgeEntries, regiegroepMeetings, signalStatusChanges, signals } from '../../db/schema';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { failure } from '../helpers/failure';

const E = {
  regie: 'regiegroep@eindhoven.demo',
  lector: 'lector@werkplaats.demo',
  pl: 'projectleider@eindhoven.demo',
  mentor: 'mentor@eindhoven.demo',
};
let fx: DemoFixture;
const chair = () => callerFor(fx, E.regie).regiegroep;
const signalId = (title: string) =>
  fx.db
    .select({ id: signals.id, status: signals.status })
    .from(signals)
    .where(and(eq(signals.partnershipId, fx.region.eindhoven.partnershipId), eq(signals.title, title)))
    .get()!;
/** The demo's next meeting (planned for 09-02-2027). */
const planned = () =>
  fx.db
    .select({ id: regiegroepMeetings.id })
    .from(regiegroepMeetings)
    .where(
      and(
        eq(regiegroepMeetings.partnershipId, fx.region.eindhoven.partnershipId),
        eq(regiegroepMeetings.heldOn, '2027-02-09'),
      ),
    )
    .get()!.id;
const field = async (p: Promise<unknown>) => {
  const f = await failure(p);
  return f.field ?? f.zod[0]?.path.join('.');
};

beforeAll(async () => {
  fx = await demoFixture();
});

describe('the proposed agenda', () => {
  it('proposes new and passed-on signals, open dilemmas, principles ready to scale and overdue actions, minus what is on it', async () => {
    const m = await chair().meeting({ id: planned() });
    const p = m.proposals!;
    expect(m.agenda.map((i) => i.title)).toContain('Oudergesprekken en overdracht');
    expect(p.signals.map((s) => s.title).sort()).toEqual([
      'Kennis van meertaligheid bij peuters',
      'Werken met het digitale kindvolgsysteem',
    ]);
    expect(p.signals.every((s) => ['nieuw', 'doorgezet'].includes(s.status))).toBe(true);
    expect(p.dilemmas.length).toBeGreaterThan(3);
    expect(p.dilemmas.every((d) => ['open', 'besproken'].includes(d.status))).toBe(true);
    expect(p.principles.every((x) => x.adoptions > 0)).toBe(true);
    expect(p.actions.map((a) => a.title)).toEqual(['Afspraken over aanwezigheidsdagen vastleggen met de roc’s']);
  });

  it('putting a new signal on the agenda passes it on to the regiegroep (nieuw → doorgezet), once', async () => {
    const s = signalId('Kennis van meertaligheid bij peuters');
    expect(s.status).toBe('nieuw');
    await chair().addAgendaItem({ meetingId: planned(), kind: 'signaal', refId: s.id, title: '', note: '' });
    expect(signalId('Kennis van meertaligheid bij peuters').status).toBe('doorgezet');
    const last = fx.db
      .select()
      .from(signalStatusChanges)
      .where(eq(signalStatusChanges.signalId, s.id))
      .orderBy(asc(signalStatusChanges.id))
      .all()
      .at(-1)!;
    expect(last).toMatchObject({
      fromStatus: 'nieuw',
      toStatus: 'doorgezet',
      changedBy: fx.region.eindhoven.userIdByEmail[E.regie],
    });
    expect(last.note).toContain('regiegroep');
    const again = await failure(
      chair().addAgendaItem({ meetingId: planned(), kind: 'signaal', refId: s.id, title: '', note: '' }),
    );
    expect([again.code, again.message, again.field]).toEqual(['CONFLICT', 'e.regiegroep.onAgenda', 'refId']);
  });

  it('the chair reorders (all items, once each), edits and removes items', async () => {
    const m = await chair().meeting({ id: planned() });
    const ids = m.agenda.map((i) => i.id);
    const order = m.agenda.map((i) => ({ id: i.id, revision: i.revision }));
    // An order without every item is the agenda of before someone added one: refused as a conflict.
    const partial = await failure(chair().reorderAgenda({ meetingId: m.meeting.id, items: order.slice(1) }));
    expect([partial.code, partial.message]).toEqual(['CONFLICT', 'e.regiegroep.agendaChanged']);
    await chair().reorderAgenda({ meetingId: m.meeting.id, items: [...order].reverse() });
    expect((await chair().meeting({ id: m.meeting.id })).agenda.map((i) => i.id)).toEqual([...ids].reverse());
    const { itemId } = await chair().addAgendaItem({
      meetingId: m.meeting.id,
      kind: 'vrij',
      refId: null,
      title: 'Rondvraag',
      note: '',
    });
    await chair().updateAgendaItem({ id: itemId, revision: 0, title: 'Rondvraag en sluiting', note: 'Kort' });
    await chair().removeAgendaItem({ id: itemId, revision: 1 });
    expect((await chair().meeting({ id: m.meeting.id })).agenda.map((i) => i.position)).toEqual(
      ids.map((_, i) => i + 1),
    );
    expect(
      await field(chair().addAgendaItem({ meetingId: m.meeting.id, kind: 'vrij', refId: null, title: '', note: '' })),
    ).toBe('title');
  });

  it('only the chair and the projectleider steer: another member reads but may not change', async () => {
    const lector = callerFor(fx, E.lector).regiegroep;
    expect((await lector.meeting({ id: planned() })).canEdit).toBe(false);
    const f = await failure(lector.createMeeting({ heldOn: '2027-03-01', startsAt: '', place: '', title: 'Extra' }));
    expect([f.code, f.message]).toEqual(['FORBIDDEN', 'e.regiegroep.chairOnly']);
    expect(
      (
        await callerFor(fx, E.pl).regiegroep.createMeeting({
          heldOn: '2027-03-01',
          startsAt: '',
          place: '',
          title: 'Extra',
        })
      ).id,
    ).toBeGreaterThan(0);
  });
});

describe('holding a meeting: decisions close the loop', () => {
  let today: number;
  beforeAll(async () => {
    today = (
      await chair().createMeeting({
        heldOn: '2026-11-25',
        startsAt: '15:30',
        place: 'Online',
        title: 'Overleg vandaag',
      })
    ).id;
  });

  it('no decisions before the meeting day', async () => {
    const f = await failure(
      chair().recordDecision({
        meetingId: planned(),
        agendaItemId: null,
        subjectKind: null,
        subjectId: null,
        text: 'Te vroeg',
        programmeId: null,
        programmeChange: null,
        programmeChangeNote: '',
      }),
    );
    expect([f.code, f.message]).toEqual(['CONFLICT', 'e.regiegroep.notYetHeld']);
  });

  it('a decision on a signal takes it up (→ opgepakt), traces back to it and records how a programme changes', async () => {
    const s = signalId('Werken met het digitale kindvolgsysteem');
    const { itemId } = await chair().addAgendaItem({
      meetingId: today,
      kind: 'signaal',
      refId: s.id,
      title: '',
      note: '',
    });
    const pw3 = fx.region.eindhoven.programmeIdByCode['pw3']!;
    expect(
      await field(
        chair().recordDecision({
          meetingId: today,
          agendaItemId: itemId,
          subjectKind: null,
          subjectId: null,
          text: 'Les digitaal volgen',
          programmeId: pw3,
          programmeChange: null,
          programmeChangeNote: '',
        }),
      ),
    ).toBe('programmeChange');
    await chair().recordDecision({
      meetingId: today,
      agendaItemId: itemId,
      subjectKind: null,
      subjectId: null,
      text: 'Les digitaal volgen',
      programmeId: pw3,
      programmeChange: 'lesinhoud',
      programmeChangeNote: 'Oefenen in het systeem',
    });
    expect(signalId('Werken met het digitale kindvolgsysteem').status).toBe('opgepakt');
    const m = await chair().meeting({ id: today });
    expect(m.meeting.status).toBe('gehouden');
    expect(m.decisions[0]).toMatchObject({
      subjectKind: 'signaal',
      subjectId: s.id,
      programmeName: 'Pedagogisch Werk niveau 3',
      programmeChange: 'lesinhoud',
    });
    expect(m.decisions[0]!.subject?.title).toBe('Werken met het digitale kindvolgsysteem');
  });

  it('a decision on a dilemma records it in the log (→ besluit, on the meeting day)', async () => {
    const entry = fx.db
      .select()
      .from(knowledgeEntries)
      .where(
        and(
          eq(knowledgeEntries.partnershipId, fx.region.eindhoven.partnershipId),
          eq(knowledgeEntries.status, 'open'),
          eq(knowledgeEntries.type, 'dilemma'),
        ),
      )
      .get()!;
    await chair().recordDecision({
      meetingId: today,
      agendaItemId: null,
      subjectKind: 'dilemma',
      subjectId: entry.id,
      text: 'Zo doen we het',
      programmeId: null,
      programmeChange: null,
      programmeChangeNote: '',
    });
    const after = fx.db.select().from(knowledgeEntries).where(eq(knowledgeEntries.id, entry.id)).get()!;
    expect([after.status, after.statusOn]).toEqual(['besluit', '2026-11-25']);
  });

  it('every decision in the register traces back to what it decided on', async () => {
    const register = await chair().decisions();
    expect(register.length).toBeGreaterThan(6);
    for (const d of register.filter((x) => x.subjectKind)) expect(d.subject?.title).toBeTruthy();
    expect(register.some((d) => d.subjectKind === 'principe')).toBe(true);
  });

  it('a meeting with decisions stays; a cancelled one cannot be changed', async () => {
    expect((await failure(chair().removeMeeting({ id: today, revision: 0 }))).message).toBe(
      'e.regiegroep.meetingInUse',
    );
    const extra = (await chair().createMeeting({ heldOn: '2027-05-11', startsAt: '', place: '', title: 'Vervalt' })).id;
    await chair().updateMeeting({
      id: extra,
      revision: 0,
      heldOn: '2027-05-11',
      startsAt: '',
      place: '',
      title: 'Vervalt',
      status: 'geannuleerd',
      minutes: '',
    });
    expect(
      (await failure(chair().addAgendaItem({ meetingId: extra, kind: 'vrij', refId: null, title: 'x', note: '' })))
        .message,
    ).toBe('e.regiegroep.cancelled');
    expect(
      await field(
        chair().updateMeeting({
          id: extra,
          revision: 1,
          heldOn: '2027-05-11',
          startsAt: '',
          place: '',
          title: 'x',
          status: 'gehouden',
          minutes: '',
        }),
      ),
    ).toBe('status');
  });
});

describe('actions', () => {
  const meetingId = () =>
    fx.db
      .select({ id: regiegroepMeetings.id })
      .from(regiegroepMeetings)
      .where(
        and(
          eq(regiegroepMeetings.partnershipId, fx.region.eindhoven.partnershipId),
          eq(regiegroepMeetings.heldOn, '2026-10-06'),
        ),
      )
      .get()!.id;
  const input = (over: Record<string, unknown>) => ({
    meetingId: meetingId(),
    decisionId: null,
    title: 'Iets regelen',
    ownerUserId: fx.region.eindhoven.userIdByEmail[E.pl]!,
    dueOn: '2026-12-15',
    ...over,
  });

  it('the owner must be someone of the partnership (not a student), the due date on or after the meeting', async () => {
    expect(
      await field(
        chair().addAction(input({ ownerUserId: fx.region.eindhoven.userIdByEmail['student@eindhoven.demo'] })),
      ),
    ).toBe('ownerUserId');
    expect(
      await field(
        chair().addAction(input({ ownerUserId: fx.region.rotterdam.userIdByEmail['projectleider@rotterdam.demo'] })),
      ),
    ).toBe('ownerUserId');
    expect(await field(chair().addAction(input({ dueOn: '2026-10-05' })))).toBe('dueOn');
    expect(await field(chair().addAction(input({ dueOn: '2026-13-01' })))).toBe('dueOn');
    expect((await chair().addAction(input({}))).id).toBeGreaterThan(0);
  });

  it('the owner keeps their action up to date; someone else cannot', async () => {
    const mine = await callerFor(fx, E.mentor).regiegroep.myActions();
    const action = mine.find((a) => a.status === 'bezig')!;
    await callerFor(fx, E.mentor).regiegroep.setActionStatus({
      id: action.id,
      revision: action.revision,
      status: 'afgerond',
    });
    expect((await callerFor(fx, E.mentor).regiegroep.myActions()).find((a) => a.id === action.id)?.status).toBe(
      'afgerond',
    );
    const other = (await chair().actions({})).actions.find(
      (a) => a.ownerUserId !== fx.region.eindhoven.userIdByEmail[E.mentor],
    )!;
    const f = await failure(
      callerFor(fx, 'locatie@eindhoven.demo').regiegroep.setActionStatus({
        id: other.id,
        revision: other.revision,
        status: 'afgerond',
      }),
    );
    expect([f.code, f.message]).toEqual(['FORBIDDEN', 'e.regiegroep.notOwner']);
  });

  it('overdue actions are flagged on the dashboard, and leave it once done', async () => {
    const before = (await chair().dashboard({})).actions!.overdue.map((a) => a.title);
    expect(before).toContain('Afspraken over aanwezigheidsdagen vastleggen met de roc’s');
    const { id, revision } = (await chair().actions({ overdue: true })).actions.find((a) =>
      a.title.startsWith('Afspraken'),
    )!;
    await chair().setActionStatus({ id, revision, status: 'afgerond' });
    expect((await chair().dashboard({})).actions!.overdue.map((a) => a.title)).not.toContain(
      'Afspraken over aanwezigheidsdagen vastleggen met de roc’s',
    );
    fx.clock.set(Date.UTC(2026, 11, 16, 9));
    expect((await chair().dashboard({})).actions!.overdue.map((a) => a.title)).toContain('Iets regelen');
    fx.clock.set(Date.UTC(2026, 10, 25, 9));
  });
});

describe('the group', () => {
  it('lists the members and whom they represent; the chair must be a member', async () => {
    const g = await chair().group();
    expect(g.members.find((m) => m.isChair)?.name).toBe('Ruud Hendriks');
    expect(g.members.map((m) => m.organisationName)).toEqual(
      expect.arrayContaining(['Signum Onderwijs', 'Koning Willem I College', 'Kinderopvang De Boomhut']),
    );
    expect(g.meetingsPerYear).toBe(3);
    expect(
      await field(
        chair().updateGroup({
          name: 'Regiegroep',
          meetingsPerYear: 3,
          chairUserId: fx.region.eindhoven.userIdByEmail[E.pl]!,
          revision: g.revision,
        }),
      ),
    ).toBe('chairUserId');
    expect(
      await field(
        chair().updateGroup({ name: 'Regiegroep', meetingsPerYear: 13, chairUserId: null, revision: g.revision }),
      ),
    ).toBe('meetingsPerYear');
  });
});
