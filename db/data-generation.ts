/**
 * A value that changes whenever data an answer could depend on may have changed — what the server's
 * read caches (server/cache/read-cache.ts) and the signed-in actor cache check before they answer
 * from memory.
 *
 * Writes through this connection bump a counter: every statement that can write does so when it runs
 * (a rolled-back one too — a needless miss, never a stale hit). Writes by other connections (the
 * placement worker, a CLI beside the server) show up in SQLite's `PRAGMA data_version`. Three kinds of
 * write do not count, because reads themselves make them and nothing cached depends on them: the audit
 * trail, the login-failure counter, and the periodic "last seen" touch of a session.
 */
import type Database from 'better-sqlite3';

const IGNORED = [/^insert into "audit_event"/i, /"login_failure"/i, /^update "session" set "last_seen_at" = \?/i];
/** Who a signed-in person is and may do comes from these tables (server/auth/actor.ts). */
const WHO = /"(session|user|membership|student|partnership|top_location)"/i;

interface Counter {
  local: number;
  /** the writes among `local` that can change a signed-in actor */
  who: number;
  version: Database.Statement;
}
const counters = new WeakMap<Database.Database, Counter>();

function counterOf(sqlite: Database.Database): Counter {
  let c = counters.get(sqlite);
  if (!c) {
    c = { local: 0, who: 0, version: sqlite.prepare('PRAGMA data_version').pluck() };
    counters.set(sqlite, c);
  }
  return c;
}

/** Wraps a freshly prepared statement so that running it bumps the connection's counter, if it can write. */
export function countWrites(sqlite: Database.Database, statement: Database.Statement): Database.Statement {
  if (statement.readonly || IGNORED.some((re) => re.test(statement.source.trimStart()))) return statement;
  const c = counterOf(sqlite);
  const who = WHO.test(statement.source);
  for (const method of ['run', 'get', 'all', 'iterate'] as const) {
    const original = statement[method] as (...args: unknown[]) => unknown;
    (statement as unknown as Record<string, unknown>)[method] = function (this: Database.Statement, ...args: unknown[]) {
      c.local++;
      if (who) c.who++;
      return original.apply(this, args);
    };
  }
  return statement;
}

/**
 * The generation of what a signed-in actor is made of: sessions, people, memberships, students,
 * partnerships, locations — through this connection or (data_version) any other. The actor cache uses
 * it, so that a class's attendance being saved does not make every session look itself up again.
 */
export function actorGeneration(sqlite: Database.Database): string {
  const c = counterOf(sqlite);
  return `${c.who}.${c.version.pluck().get() as number}`;
}

/** The current generation of a connection's data: equal values mean nothing cacheable was written. */
export function dataGeneration(sqlite: Database.Database): string {
  const c = counterOf(sqlite);
  return `${c.local}.${c.version.pluck().get() as number}`;
}
