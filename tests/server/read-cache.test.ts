/**
 * The data generation and the caches built on it: a cached answer or a kept actor is never staler than
 * the database — writes through the server, writes by another connection, roll-backs and time all end it.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../db/client';
import Database from 'better-sqlite3';
import { actorGeneration, baseGeneration, tableGenerations, writesSoFar, execWatched } from '../../db/data-generation';
import { EVERYTHING, footprintOf } from '../../db/statement-footprint';
import { auditEvents, memberships, sessions, users } from '../../db/schema';
import { cachedRead } from '../../server/cache/read-cache';
import { cookieOf, loginAs, testServer, trpcGet, type TestServer } from '../helpers/server';
import { jsonOf, type Outputs } from '../helpers/answers';

let s: TestServer;
let other: Db;
beforeAll(async () => {
  s = await testServer();
  other = openDb(s.db.$client.name);
});
afterAll(() => other.$client.close());

const sqlite = () => s.db.$client;
const base = () => baseGeneration(sqlite());
const counts = (...tables: string[]) => tableGenerations(sqlite(), tables);
const footprint = (source: string) =>
  // eslint-disable-next-line no-restricted-syntax -- the footprint is read from an unwatched statement, as openDb's prepare does
  footprintOf(sqlite(), Database.prototype.prepare.bind(sqlite()), Database.prototype.prepare.call(sqlite(), source));

describe('the footprint of a statement', () => {
  it('names the tables read and written, an index as its table', () => {
    const read = footprint(
      'select s.id, c.name from student s join cohort c on c.id = s.cohort_id where s.last_name = ?',
    );
    expect(read.writes).toEqual([]);
    expect(read.reads).toEqual(expect.arrayContaining(['student', 'cohort']));
    expect(footprint('update "mentor_team" set "name" = ? where "id" = ?').writes).toEqual(['mentor_team']);
    // a class as one JSON array: the table-valued function is no table
    expect(footprint('select id from student where id in (select value from json_each(?))').reads).toEqual(['student']);
  });

  it('adds what triggers and cascading foreign keys write, and the full-text index by name', () => {
    expect(footprint('update knowledge_principle set statement = ? where id = ?').writes).toEqual(
      expect.arrayContaining(['knowledge_principle', 'knowledge_fts']),
    );
    expect(footprint('delete from regiegroep_decision where id = ?').writes).toEqual(
      expect.arrayContaining(['regiegroep_decision', 'regiegroep_action']),
    );
    expect(footprint('select rowid from knowledge_fts where knowledge_fts match ?').reads).toEqual(['knowledge_fts']);
  });

  it('counts a schema change as a write of everything', () => {
    expect(footprint('create table t_footprint (x)').writes).toBe(EVERYTHING);
  });
});

describe('the data generations', () => {
  it("move per table with every write through this connection, and the base with another connection's", () => {
    const [team, reflection] = counts('mentor_team', 'student_reflection');
    const b = base();
    s.db.update(users).set({ locale: 'nl' }).where(eq(users.email, 'mentor@eindhoven.demo')).run();
    expect(counts('mentor_team', 'student_reflection')).toEqual([team, reflection]);
    sqlite().prepare('update mentor_team set name = name where id = ?').run(-1);
    expect(counts('mentor_team', 'student_reflection')).toEqual([team! + 1, reflection]);
    s.db.select().from(users).all(); // reading changes nothing
    expect(base()).toBe(b);
    // (an update to the same value writes nothing, so this one changes the name)
    other.update(users).set({ name: 'Mentor E.' }).where(eq(users.email, 'mentor@eindhoven.demo')).run();
    expect(base()).not.toBe(b);
  });

  it('ignore what reads themselves write: the audit trail and the "last seen" touch', () => {
    const before = writesSoFar(sqlite());
    s.db
      .insert(auditEvents)
      .values({
        at: 1,
        actorUserId: null,
        partnershipId: null,
        action: 'test.view',
        subjectType: 'test',
        subjectId: '1',
        detail: {},
      })
      .run();
    s.db.update(sessions).set({ lastSeenAt: 5 }).where(eq(sessions.id, -1)).run();
    expect(writesSoFar(sqlite())).toBe(before);
    s.db.update(sessions).set({ partnershipId: null }).where(eq(sessions.id, -1)).run();
    expect(writesSoFar(sqlite())).toBe(before + 1);
  });

  it('move the actor generation only for what an actor is made of', () => {
    const g = actorGeneration(sqlite());
    sqlite().prepare('update student_reflection set body = body where id = ?').run(-1);
    expect(actorGeneration(sqlite())).toBe(g);
    sqlite().prepare('update membership set role = role where id = ?').run(-1);
    expect(actorGeneration(sqlite())).not.toBe(g);
  });
});

describe('cachedRead', () => {
  it('answers from memory until a write, and keeps nothing read inside a transaction', () => {
    let computed = 0;
    const read = () => cachedRead(s.db, 'test.count', () => (++computed, s.db.select().from(users).all().length));
    const n = read();
    expect(read()).toBe(n);
    expect(computed).toBe(1);
    other.update(users).set({ name: 'Mentor Eindhoven' }).where(eq(users.email, 'mentor@eindhoven.demo')).run();
    // the other connection's write is seen
    expect(read()).toBe(n);
    expect(computed).toBe(2);

    execWatched(s.db.$client, 'BEGIN');
    s.db.update(users).set({ name: 'Binnen transactie' }).where(eq(users.email, 'mentor@eindhoven.demo')).run();
    const names = () =>
      cachedRead(
        s.db,
        'test.names',
        () => (
          ++computed,
          s.db
            .select({ name: users.name })
            .from(users)
            .all()
            .map((u) => u.name)
        ),
      );
    expect(names()).toContain('Binnen transactie');
    execWatched(s.db.$client, 'ROLLBACK');
    expect(names()).not.toContain('Binnen transactie');
  });
  it('keeps an answer through writes to tables it did not read, and ends it with a write to one it did', () => {
    let computed = 0;
    const teamName = () =>
      cachedRead(
        s.db,
        'test.teamName',
        () => (
          ++computed,
          sqlite().prepare('select name from mentor_team order by id limit 1').pluck().get() as string
        ),
      );
    const first = teamName();
    sqlite().prepare('update student_reflection set body = body where id = ?').run(-1);
    expect(teamName()).toBe(first);
    expect(computed).toBe(1);
    sqlite()
      .prepare('update mentor_team set name = ? where id = (select min(id) from mentor_team)')
      .run('Hernoemd team');
    expect(teamName()).toBe('Hernoemd team');
    expect(computed).toBe(2);
    sqlite().prepare('update mentor_team set name = ? where id = (select min(id) from mentor_team)').run(first);
  });

  it('makes an answer built on a kept one depend on its tables too', () => {
    const inner = () =>
      cachedRead(
        s.db,
        'test.inner',
        () => sqlite().prepare('select name from cohort order by id limit 1').pluck().get() as string,
      );
    const name = inner(); // kept before the outer answer is computed: the outer one is built on a hit
    const outer = () => cachedRead(s.db, 'test.outer', () => `klas ${inner()}`);
    expect(outer()).toBe(`klas ${name}`);
    sqlite().prepare('update cohort set name = ? where id = (select min(id) from cohort)').run('Hernoemde klas');
    expect(outer()).toBe('klas Hernoemde klas');
    sqlite().prepare('update cohort set name = ? where id = (select min(id) from cohort)').run(name);
  });

  it('ends an answer from the full-text index when a trigger writes it', () => {
    const hits = () =>
      cachedRead(
        s.db,
        'test.fts',
        () =>
          sqlite()
            .prepare("select count(*) from knowledge_fts where knowledge_fts match 'zeldzaamwoord'")
            .pluck()
            .get() as number,
      );
    expect(hits()).toBe(0);
    sqlite()
      .prepare(
        "update knowledge_principle set statement = 'Een zeldzaamwoord in een principe' where id = (select min(id) from knowledge_principle)",
      )
      .run();
    expect(hits()).toBe(1);
  });

  it('ends an answer when a cascading foreign key writes its table', () => {
    const action = sqlite()
      .prepare('select id, decision_id from regiegroep_action where decision_id is not null limit 1')
      .get() as { id: number; decision_id: number };
    const decisionOf = () =>
      cachedRead(s.db, 'test.decision', () =>
        sqlite().prepare('select decision_id from regiegroep_action where id = ?').pluck().get(action.id),
      );
    expect(decisionOf()).toBe(action.decision_id);
    sqlite().prepare('delete from regiegroep_decision where id = ?').run(action.decision_id);
    expect(decisionOf()).toBeNull();
  });
});

describe('the kept actor of a session', () => {
  const me = async (cookie: string) => {
    const res = await trpcGet(s.app, 'session.me', cookie);
    const data = jsonOf<{ result?: { data: Outputs['session']['me'] } }>(res).result?.data;
    return { status: res.statusCode, signedIn: data !== null, roles: data?.roles };
  };

  it('follows a role taken away, a session ended by another process, and the idle limit', async () => {
    const cookie = cookieOf(await loginAs(s.app, 'projectleider@eindhoven.demo'));
    const first = await me(cookie);
    expect(first.roles).toContain('projectleider');
    expect((await me(cookie)).roles).toEqual(first.roles);

    const user = s.db.select().from(users).where(eq(users.email, 'projectleider@eindhoven.demo')).get()!;
    s.db
      .update(memberships)
      .set({ role: 'regiegroep' })
      .where(and(eq(memberships.userId, user.id), eq(memberships.role, 'projectleider')))
      .run();
    const changed = await me(cookie);
    expect(changed.roles).toContain('regiegroep');
    expect(changed.roles).not.toContain('projectleider');

    // a minute on, the session's "last seen" is written again: the actor is still the same
    s.clock.advance(61_000);
    const touched = await me(cookie);
    expect(touched.signedIn).toBe(true);
    expect(await me(cookie)).toEqual(touched);

    other.delete(sessions).where(eq(sessions.userId, user.id)).run();
    expect((await me(cookie)).signedIn).toBe(false);

    const again = cookieOf(await loginAs(s.app, 'mentor@eindhoven.demo'));
    expect((await me(again)).signedIn).toBe(true);
    s.clock.advance(31 * 60_000);
    expect((await me(again)).signedIn).toBe(false);
  });
});
