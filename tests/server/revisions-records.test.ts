/**
 * Every shared editable record kind that carries a revision so far (decision 071): a stale save is refused
 * over HTTP with 409/CONFLICT and a Dutch message naming who saved in between and when; a fresh one passes
 * and increments. The session log has its own file (revisions-session-logs.test.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { knowledgeEntries, knowledgePrinciples, mentorTeams, signals, studentNotes } from '../../db/schema';
import { callerFor } from '../helpers/demo';
import { teamIdOf } from '../helpers/mentor-teams';
import { EMAIL, newEntry, newPrinciple, locationsOf } from '../helpers/knowledge';
import { testServer, type TestServer } from '../helpers/server';
import { expectRevisionGuard } from '../helpers/revisions';

let s: TestServer;
let teamId: number;
beforeAll(async () => {
  s = await testServer();
  teamId = teamIdOf(s, 'eindhoven');
});

describe('mentor teams', () => {
  it('a note (its author in two tabs: the message names them)', async () => {
    const mentor = callerFor(s, 'mentor@eindhoven.demo');
    const studentId = s.region.eindhoven.cohortStudentIds[0]!;
    const { id } = await mentor.mentorTeams.addNote({ teamId, studentId, body: 'Eerste versie' });
    await expectRevisionGuard(s, {
      path: 'mentorTeams.updateNote',
      first: 'mentor@eindhoven.demo',
      second: 'mentor@eindhoven.demo',
      table: studentNotes,
      id,
      input: (revision) => ({ id, revision, body: `Versie bij revisie ${revision}` }),
      noun: 'Deze notitie',
    });
    expect(s.db.select().from(studentNotes).where(eq(studentNotes.id, id)).get()!.body).toBe('Versie bij revisie 1');
  });

  it("a signal's status: the regiegroep moves it, the mentor's stale move is refused", async () => {
    const mentor = callerFor(s, 'mentor@eindhoven.demo');
    const { id } = await mentor.mentorTeams.raiseSignal({
      teamId,
      week: '2026-W47',
      kind: 'tekort',
      title: 'Revisieproef',
      domain: 'leren-ontwikkelen',
      competence: 'creativiteit',
      studentCount: 2,
    } as never);
    const statuses = ['doorgezet', 'opgepakt'];
    await expectRevisionGuard(s, {
      path: 'mentorTeams.setSignalStatus',
      first: 'regiegroep@eindhoven.demo',
      second: 'mentor@eindhoven.demo',
      table: signals,
      id,
      input: (revision) => ({ id, revision, status: statuses[revision] ?? 'afgerond', note: '' }),
      noun: 'Dit signaal',
    });
  });

  it("the team's set-up", async () => {
    const team = (await callerFor(s, 'projectleider@eindhoven.demo').mentorTeams.list()).find((t) => t.id === teamId)!;
    const { revision: _read, organisations, members, cohortName: _c, ...fields } = team;
    await expectRevisionGuard(s, {
      path: 'mentorTeams.update',
      first: 'projectleider@eindhoven.demo',
      second: 'projectleider@eindhoven.demo',
      table: mentorTeams,
      id: teamId,
      input: (revision) => ({
        ...fields,
        revision,
        budgetHoursPerPeriod: 40 + revision,
        organisationIds: organisations.map((o) => o.id),
        members: members.map((m) => ({ userId: m.userId, teamRole: m.teamRole, organisationId: m.organisationId })),
      }),
      noun: 'Dit mentorteam',
    });
  });
});

describe('knowledge base', () => {
  it('an entry (dilemma, succes of vraagstuk)', async () => {
    const { id } = await newEntry(s, {}, EMAIL.mentor);
    await expectRevisionGuard(s, {
      path: 'knowledge.updateEntry',
      first: EMAIL.projectleider,
      second: EMAIL.mentor,
      table: knowledgeEntries,
      id,
      input: (revision) => ({
        id,
        revision,
        type: 'dilemma',
        title: `Titel bij revisie ${revision}`,
        description: '',
        category: null,
        categoryId: null,
        locationId: locationsOf(s).wittering,
        blocks: ['VMM'],
        involved: [],
        occurredOn: '2026-11-02',
      }),
      noun: 'Dit dilemma, succes of vraagstuk',
    });
  });

  it("an entry's status", async () => {
    const { id } = await newEntry(s, {}, EMAIL.mentor);
    const statuses = ['besproken', 'besluit'];
    await expectRevisionGuard(s, {
      path: 'knowledge.setEntryStatus',
      first: EMAIL.regiegroep,
      second: EMAIL.projectleider,
      table: knowledgeEntries,
      id,
      input: (revision) => ({ id, revision, status: statuses[revision] ?? 'opgelost', note: '' }),
      noun: 'Dit dilemma, succes of vraagstuk',
    });
  });

  it('a working principle', async () => {
    const { id } = await newPrinciple(s);
    await expectRevisionGuard(s, {
      path: 'knowledge.updatePrinciple',
      first: EMAIL.regiegroep,
      second: EMAIL.projectleider,
      table: knowledgePrinciples,
      id,
      input: (revision) => ({
        id,
        revision,
        statement: `Principe bij revisie ${revision}`,
        explanation: '',
        blocks: ['LOS'],
        foundAtLocationId: locationsOf(s).wittering,
        ownerIds: [],
      }),
      noun: 'Dit werkende principe',
    });
  });
});
