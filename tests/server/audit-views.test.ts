/**
 * Audit events of views are written per turn of the event loop, in one transaction (server/audit.ts
 * auditSoon). What must still hold: every answer with personal data leaves only after its event is
 * committed, and an answer whose event cannot be written is an error without the data.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cookieOf, loginAs, testServer, trpcGet, type TestServer } from '../helpers/server';
import { execWatched } from '../../db/data-generation';
import { trpcData, trpcError, type Outputs } from '../helpers/answers';

let s: TestServer;
let cookie: string;
let teamId: number;
beforeAll(async () => {
  s = await testServer();
  cookie = cookieOf(await loginAs(s.app, 'mentor@eindhoven.demo'));
  teamId = trpcData<Outputs['mentorTeams']['myTeams']>(await trpcGet(s.app, 'mentorTeams.myTeams', cookie))[0]!.id;
});

const views = () =>
  s.db.$client
    .prepare("select count(*) from audit_event where action = 'mentor_team.class.view'")
    .pluck()
    .get() as number;

describe('audit events of views', () => {
  it('are committed, one per view, before concurrent answers arrive', async () => {
    const before = views();
    const answers = await Promise.all(
      Array.from({ length: 12 }, async () => {
        const res = await trpcGet(s.app, 'mentorTeams.classOverview', cookie, { teamId });
        // counted the moment this answer arrived: its own event is already there
        return { status: res.statusCode, seen: views() };
      }),
    );
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(Math.min(...answers.map((a) => a.seen))).toBeGreaterThan(before);
    expect(views()).toBe(before + 12);
  });

  it('withhold the answer when the event cannot be written', async () => {
    const names = trpcData<Outputs['mentorTeams']['classOverview']>(
      await trpcGet(s.app, 'mentorTeams.classOverview', cookie, { teamId }),
    ).students.map((st) => st.lastName);
    expect(names.length).toBeGreaterThan(0);
    execWatched(
      s.db.$client,
      "CREATE TEMP TRIGGER no_audit BEFORE INSERT ON audit_event BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    try {
      const res = await trpcGet(s.app, 'mentorTeams.classOverview', cookie, { teamId });
      expect(res.statusCode).toBe(500);
      expect(trpcError(res).message).toMatch(/^Er ging iets mis aan onze kant/);
      for (const name of names) expect(res.body).not.toContain(name);
    } finally {
      execWatched(s.db.$client, 'DROP TRIGGER no_audit');
    }
    expect((await trpcGet(s.app, 'mentorTeams.classOverview', cookie, { teamId })).statusCode).toBe(200);
  });
});
