/**
 * The werkbegeleider's editable records carry a revision (decisions 071, 083): a stale save of an
 * observation, of a week's presence or of a question's status is refused over HTTP with 409/CONFLICT and
 * a Dutch message naming who saved in between; a fresh one passes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { workplaceObservations, workplacePresence, workplaceQuestions } from '../../db/schema';
import { callerFor } from '../helpers/demo';
import { testServer, type TestServer } from '../helpers/server';
import { expectRevisionGuard } from '../helpers/revisions';

const JOYCE = 'werkbegeleider@eindhoven.demo';
let s: TestServer;
let sanne: number;
beforeAll(async () => {
  s = await testServer();
  sanne = s.db.get<{ id: number }>(sql`select id from student where first_name = 'Sanne' and last_name = 'Jansen'`).id;
}, 120_000);

describe('the werkbegeleider in two tabs', () => {
  it('an observation', async () => {
    const { id } = await callerFor(s, JOYCE).workplace.addObservation({ studentId: sanne, body: 'Eerste versie' });
    await expectRevisionGuard(s, {
      path: 'workplace.updateObservation',
      first: JOYCE,
      second: JOYCE,
      table: workplaceObservations,
      id,
      input: (revision) => ({ id, revision, body: `Versie bij revisie ${revision}` }),
      noun: 'Deze observatie',
    });
    expect(s.db.select().from(workplaceObservations).where(eq(workplaceObservations.id, id)).get()!.body).toBe(
      'Versie bij revisie 1',
    );
  });

  it("a week's presence", async () => {
    const week = '2027-W02';
    const { id } = await callerFor(s, JOYCE).workplace.confirmPresence({
      studentId: sanne,
      week,
      days: [{ weekday: 1, status: 'aanwezig' }],
      revision: null,
    });
    await expectRevisionGuard(s, {
      path: 'workplace.confirmPresence',
      first: JOYCE,
      second: JOYCE,
      table: workplacePresence,
      id,
      input: (revision) => ({ studentId: sanne, week, days: [{ weekday: 2, status: 'afwezig' }], revision }),
      noun: 'De aanwezigheid van deze week',
    });
    expect(s.db.select().from(workplacePresence).where(eq(workplacePresence.id, id)).get()!.days).toEqual({
      '2': 'afwezig',
    });
  });

  it("a question's status: two mentors of the team triage it at once", async () => {
    const { id } = await callerFor(s, JOYCE).workplace.askQuestion({ studentId: sanne, body: 'Vraag' });
    await expectRevisionGuard(s, {
      path: 'workplace.setQuestionStatus',
      first: 'mentor@eindhoven.demo',
      second: 'docent@eindhoven.demo',
      table: workplaceQuestions,
      id,
      input: (revision) => ({ id, revision, status: revision === 0 ? 'opgepakt' : 'afgerond' }),
      noun: 'Deze vraag van de werkplek',
    });
    expect(s.db.select().from(workplaceQuestions).where(eq(workplaceQuestions.id, id)).get()!.status).toBe('afgerond');
  });
});
