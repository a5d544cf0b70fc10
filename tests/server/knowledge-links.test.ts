/** Evidence links, "maak hier een werkend principe van", owners, and the locatie user's own-location rule. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cohorts, mentorTeams, sessionLogs, signals } from '../../db/schema';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { DAY, EMAIL, locationsOf, newEntry, newPrinciple } from '../helpers/knowledge';
import { EVIDENCE_RESOLVERS } from '../../server/features/knowledge/evidence-kinds';

let fx: DemoFixture;
let loc: ReturnType<typeof locationsOf>;
beforeAll(async () => {
  fx = await demoFixture();
  loc = locationsOf(fx);
});
const as = (email: string) => callerFor(fx, email).knowledge;

/** A mentor team of the Eindhoven partnership with one signal and one session log (issue 4's tables). */
function mentorTeamEvidence() {
  const e = fx.region.eindhoven;
  const userId = e.userIdByEmail[EMAIL.mentor]!;
  const now = fx.clock.now();
  const cohortId = fx.db
    .insert(cohorts)
    .values({
      partnershipId: e.partnershipId,
      name: 'Bewijsklas',
      institutionId: e.organisationIds['Koning Willem I College']!,
      schoolYearId: e.schoolYearId,
      createdAt: now,
    })
    .returning()
    .get().id;
  const teamId = fx.db
    .insert(mentorTeams)
    .values({
      partnershipId: e.partnershipId,
      name: 'Mentorteam Bewijsklas',
      cohortId,
      sessionWeekday: 2,
      budgetHoursPerPeriod: 40,
      createdAt: now,
    })
    .returning()
    .get().id;
  const signalId = fx.db
    .insert(signals)
    .values({
      partnershipId: e.partnershipId,
      teamId,
      kind: 'tekort',
      title: 'Reflecteren op eigen handelen',
      matchKey: 'reflecteren op eigen handelen',
      domain: 'x',
      competence: 'y',
      studentCount: 6,
      firstSeenYear: 2026,
      firstSeenWeek: 44,
      lastSeenYear: 2026,
      lastSeenWeek: 44,
      weeksSeen: 1,
      status: 'nieuw',
      createdBy: userId,
      createdAt: now,
    })
    .returning()
    .get().id;
  const logId = fx.db
    .insert(sessionLogs)
    .values({
      partnershipId: e.partnershipId,
      teamId,
      isoYear: 2026,
      isoWeek: 45,
      sessionDate: '2026-11-03',
      status: 'vastgesteld',
      expectations: 'VERTROUWELIJKE VERWACHTINGEN',
      createdBy: userId,
      createdAt: now,
      updatedBy: userId,
      updatedAt: now,
    })
    .returning()
    .get().id;
  return { signalId, logId, teamId };
}

describe('maak hier een werkend principe van', () => {
  it('drafts a principle from the entry and keeps the entry as evidence, both ways', async () => {
    const entry = await newEntry(fx, {
      type: 'succes',
      title: 'Studenten leren oordeel uit te stellen',
      description: 'Eerst vragen, dan vinden.',
      blocks: ['GOC', 'LOS'],
    });
    const { id } = await as(EMAIL.mentor).createPrincipleFromEntry({ entryId: entry.id });
    const principle = await as(EMAIL.student).getPrinciple({ id });
    expect(principle).toMatchObject({
      statement: 'Studenten leren oordeel uit te stellen',
      explanation: 'Eerst vragen, dan vinden.',
      blocks: ['LOS', 'GOC'],
      foundAtLocationId: loc.wittering,
      maturity: 'geidentificeerd',
    });
    expect(principle.owners.map((o) => o.name)).toEqual(['Mirjam de Wit']);
    expect(principle.evidence).toMatchObject([
      {
        kind: 'entry',
        refId: entry.id,
        label: { title: 'Studenten leren oordeel uit te stellen', entryType: 'succes' },
      },
    ]);
    const back = await as(EMAIL.student).getEntry({ id: entry.id });
    expect(back.principles).toEqual([expect.objectContaining({ id, maturity: 'geidentificeerd' })]);
  });

  it("is not found for another partnership's entry", async () => {
    const entry = await newEntry(fx, { locationId: locationsOf(fx, 'rotterdam').first }, EMAIL.rotterdam);
    await expect(as(EMAIL.projectleider).createPrincipleFromEntry({ entryId: entry.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('evidence links', () => {
  afterEach(() => {
    EVIDENCE_RESOLVERS.signal ??= savedSignal;
  });
  const savedSignal = EVIDENCE_RESOLVERS.signal!;

  it('links an entry once, and unlinks it', async () => {
    const p = await newPrinciple(fx);
    const entry = await newEntry(fx);
    await as(EMAIL.projectleider).addEvidence({ principleId: p.id, kind: 'entry', refId: entry.id });
    await expect(
      as(EMAIL.projectleider).addEvidence({ principleId: p.id, kind: 'entry', refId: entry.id }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'e.knowledge.linkTaken' });
    const [link] = (await as(EMAIL.projectleider).getPrinciple({ id: p.id })).evidence;
    await as(EMAIL.projectleider).removeEvidence({ id: link!.id });
    expect((await as(EMAIL.projectleider).getPrinciple({ id: p.id })).evidence).toEqual([]);
  });

  it('refuses ids that do not exist or belong to another partnership', async () => {
    const p = await newPrinciple(fx);
    const theirs = await newEntry(fx, { locationId: locationsOf(fx, 'rotterdam').first }, EMAIL.rotterdam);
    await expect(
      as(EMAIL.projectleider).addEvidence({ principleId: p.id, kind: 'entry', refId: theirs.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      as(EMAIL.projectleider).addEvidence({ principleId: p.id, kind: 'signal', refId: 999_999 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      as(EMAIL.projectleider).addEvidence({ principleId: p.id, kind: 'sessionLog', refId: 999_999 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("links a mentor team's signal and session log, showing their label but never the log's text", async () => {
    const { signalId, logId } = mentorTeamEvidence();
    const p = await newPrinciple(fx);
    await as(EMAIL.mentor).addEvidence({ principleId: p.id, kind: 'signal', refId: signalId });
    await as(EMAIL.mentor).addEvidence({ principleId: p.id, kind: 'sessionLog', refId: logId });
    const seen = await as(EMAIL.student).getPrinciple({ id: p.id });
    const labels = (kind: string) => seen.evidence.filter((e) => e.kind === kind).map((e) => e.label);
    expect(labels('signal')).toContainEqual(
      expect.objectContaining({ title: 'Reflecteren op eigen handelen', teamName: 'Mentorteam Bewijsklas' }),
    );
    expect(labels('sessionLog')).toContainEqual(
      expect.objectContaining({ teamName: 'Mentorteam Bewijsklas', isoWeek: 45, date: '2026-11-03' }),
    );
    expect(JSON.stringify(seen)).not.toContain('VERTROUWELIJKE');
    expect((await as(EMAIL.mentor).evidenceCandidates({ kind: 'signal' })).map((c) => c.id)).toContain(signalId);
    const rotterdam = await callerFor(fx, EMAIL.rotterdam).knowledge.evidenceCandidates({ kind: 'sessionLog' });
    expect(rotterdam.map((c) => c.id)).not.toContain(logId);
  });

  it('a kind without a resolver is refused when linking and shown without a label', async () => {
    const { signalId } = mentorTeamEvidence();
    const p = await newPrinciple(fx);
    await as(EMAIL.projectleider).addEvidence({ principleId: p.id, kind: 'signal', refId: signalId });
    delete EVIDENCE_RESOLVERS.signal;
    await expect(
      as(EMAIL.projectleider).addEvidence({ principleId: p.id, kind: 'signal', refId: signalId }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'e.knowledge.kindUnavailable' });
    expect((await as(EMAIL.projectleider).getPrinciple({ id: p.id })).evidence).toEqual([
      expect.objectContaining({ kind: 'signal', label: null }),
    ]);
  });
});

describe('owners', () => {
  it('are people of the partnership, not students and not people of another partnership', async () => {
    const e = fx.region.eindhoven;
    const regiegroep = e.userIdByEmail[EMAIL.regiegroep]!;
    const { id } = await newPrinciple(fx, { ownerIds: [regiegroep] } as never);
    expect((await as(EMAIL.student).getPrinciple({ id })).owners.map((o) => o.name)).toEqual(['Ruud Hendriks']);
    for (const ownerId of [e.userIdByEmail[EMAIL.student]!, fx.region.rotterdam.userIdByEmail[EMAIL.rotterdam]!]) {
      await expect(newPrinciple(fx, { ownerIds: [ownerId] } as never)).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        message: 'v.knowledge.owner',
      });
    }
  });
});

describe('a locatie user writes for their own TOP-locatie', () => {
  const own = () => ({ code: 'FORBIDDEN', message: 'e.knowledge.ownLocationOnly' });

  it('logs entries and finds principles there, not elsewhere nor partnership-wide', async () => {
    await expect(newEntry(fx, {}, EMAIL.locatie)).resolves.toHaveProperty('id');
    await expect(newEntry(fx, { locationId: loc.regenboog }, EMAIL.locatie)).rejects.toMatchObject(own());
    await expect(newEntry(fx, { locationId: null }, EMAIL.locatie)).rejects.toMatchObject(own());
    await expect(newPrinciple(fx, {}, EMAIL.locatie)).resolves.toHaveProperty('id');
    await expect(newPrinciple(fx, { foundAtLocationId: loc.regenboog }, EMAIL.locatie)).rejects.toMatchObject(own());
  });

  it('records adoptions at their own location only, and may not edit principles found elsewhere', async () => {
    const elsewhere = await newPrinciple(fx, { foundAtLocationId: loc.regenboog });
    await expect(
      as(EMAIL.locatie).addAdoption({ principleId: elsewhere.id, locationId: loc.klaverblad, adoptedOn: DAY }),
    ).rejects.toMatchObject(own());
    await expect(
      as(EMAIL.locatie).addAdoption({ principleId: elsewhere.id, locationId: loc.wittering, adoptedOn: DAY }),
    ).resolves.toHaveProperty('id');
    await expect(
      as(EMAIL.locatie).updatePrinciple({
        id: elsewhere.id,
        revision: 0,
        statement: 'X',
        explanation: '',
        blocks: ['LOS'],
        foundAtLocationId: loc.wittering,
        ownerIds: [],
      } as never),
    ).rejects.toMatchObject(own());
    const page = await as(EMAIL.locatie).getPrinciple({ id: elsewhere.id });
    expect(page.canEdit).toBe(false);
    expect(page.adoptions.map((a) => a.canEdit)).toEqual([true]);
  });

  it('joins the discussion of any entry, but changes the status only of entries at their location', async () => {
    const boardLevel = await newEntry(fx, { locationId: null });
    await expect(
      as(EMAIL.locatie).addPost({ entryId: boardLevel.id, body: 'Bij ons speelt dit ook.' }),
    ).resolves.toEqual({ id: boardLevel.id });
    await expect(
      as(EMAIL.locatie).setEntryStatus({ id: boardLevel.id, revision: 0, status: 'besproken' } as never),
    ).rejects.toMatchObject(own());
    const ours = await newEntry(fx);
    await expect(
      as(EMAIL.locatie).setEntryStatus({ id: ours.id, revision: 0, status: 'besproken' } as never),
    ).resolves.toEqual({
      id: ours.id,
      revision: 1,
    });
  });
});

describe('students read the knowledge base and write nothing', () => {
  it('reads lists, pages, matrix and booklet; every write is forbidden', async () => {
    const k = as(EMAIL.student);
    expect((await k.listPrinciples({})).length).toBeGreaterThan(0);
    expect((await k.listEntries({})).length).toBeGreaterThan(0);
    expect((await k.matrix()).principles.length).toBeGreaterThan(0);
    expect((await k.booklet({ minMaturity: 'geidentificeerd' })).principles.length).toBeGreaterThan(0);
    await expect(newEntry(fx, {}, EMAIL.student)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const entry = await newEntry(fx);
    await expect(k.addPost({ entryId: entry.id, body: 'Mag ik iets zeggen?' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
