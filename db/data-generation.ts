/**
 * Where a connection's data stands, table by table — what the server's read caches
 * (server/cache/read-cache.ts) and the signed-in actor cache check before they answer from memory.
 *
 * Every statement is looked at once, when it is prepared (db/statement-footprint.ts): which tables it
 * reads, which it writes. Running a write bumps a counter per table it writes (a rolled-back one too —
 * a needless miss, never a stale hit); a write that may touch anything (a schema change) bumps the
 * base. Reads made while an answer is computed are recorded, so a kept answer knows the tables it
 * came from and lives until one of *those* is written: saving a class's presence no longer ends the
 * kept team, roster and placement lookups the next save needs. Writes by other connections (the
 * placement worker, a CLI beside the server) cannot be told apart by table; they show in SQLite's
 * `PRAGMA data_version`, which is part of the base and so ends everything.
 *
 * Three kinds of write do not count, because reads themselves make them and nothing cached depends on
 * them: the audit trail, the login-failure counter, and the periodic "last seen" touch of a session.
 */
import type Database from 'better-sqlite3';
import { ANY_TABLE, EVERYTHING, footprintOf } from './statement-footprint';

const IGNORED = [/^insert into "audit_event"/i, /"login_failure"/i, /^update "session" set "last_seen_at" = \?/i];
/** Who a signed-in person is and may do comes from these tables (server/auth/actor.ts). */
const WHO = new Set(['session', 'user', 'membership', 'student', 'partnership', 'top_location']);

interface Counter {
  /** writes through this connection that may have touched anything */
  everything: number;
  /** every counted write through this connection */
  writes: number;
  /** counted writes per table */
  tables: Map<string, number>;
  /** the writes that can change a signed-in actor */
  who: number;
  /** PRAGMA data_version (pluck is set on every use: the statement cache resets result modes) */
  version: Database.Statement;
  /** the tables read since the innermost recordReads() began, or null */
  recording: Set<string> | null;
  /** data_version as read earlier in this same synchronous stretch (see dataVersion), or null */
  memo: number | null;
}

/** Connections opened by openDb in this thread and not closed (db/client.ts reports them). */
let openConnections = 0;
export function trackConnection(sqlite: Database.Database): void {
  openConnections++;
  const close = sqlite.close.bind(sqlite);
  sqlite.close = () => {
    if (sqlite.open) openConnections--;
    return close();
  };
}

/**
 * PRAGMA data_version, asked at most once per synchronous stretch of code (a request checks several
 * kept answers in a row; each ask is a read transaction of its own). Safe because nothing can change
 * it within the stretch: another thread's or process's commit is only known to have happened through
 * an event, which starts a new stretch — except through a lock this connection waited for, so the
 * memo is not used inside a transaction and ends with any write. With a second connection open in this
 * thread (tests, tools), whose commits do change it within a stretch, it is not used at all.
 */
function dataVersion(sqlite: Database.Database, c: Counter): number {
  if (c.memo !== null && !sqlite.inTransaction) return c.memo;
  const version = c.version.pluck().get() as number;
  if (openConnections === 1 && !sqlite.inTransaction) {
    c.memo = version;
    queueMicrotask(() => (c.memo = null));
  }
  return version;
}
const counters = new WeakMap<Database.Database, Counter>();

function counterOf(sqlite: Database.Database): Counter {
  let c = counters.get(sqlite);
  if (!c) {
    c = {
      everything: 0,
      writes: 0,
      tables: new Map(),
      who: 0,
      version: sqlite.prepare('PRAGMA data_version').pluck(),
      recording: null,
      memo: null,
    };
    counters.set(sqlite, c);
  }
  return c;
}

type Run = (...args: unknown[]) => unknown;
function wrapRuns(statement: Database.Statement, before: () => void): void {
  for (const method of ['run', 'get', 'all', 'iterate'] as const) {
    const original = (statement[method] as Run).bind(statement);
    (statement as unknown as Record<string, Run>)[method] = (...args: unknown[]) => {
      before();
      return original(...args);
    };
  }
}

/**
 * Wraps a freshly prepared statement: running a write bumps the counters of the tables it writes;
 * running a read notes its tables in the current recording. `prepare` is the connection's own
 * (uncached) prepare, for the statement's EXPLAIN.
 */
export function watchStatement(
  sqlite: Database.Database,
  prepare: Database.Database['prepare'],
  statement: Database.Statement,
): Database.Statement {
  if (IGNORED.some((re) => re.test(statement.source.trimStart()))) return statement;
  const { reads, writes } = footprintOf(sqlite, prepare, statement);
  if (writes !== EVERYTHING && !writes.length && !reads.length) return statement;
  const c = counterOf(sqlite);
  if (writes === EVERYTHING) {
    wrapRuns(statement, () => {
      c.memo = null;
      c.everything++;
      c.writes++;
      c.who++;
    });
  } else if (writes.length) {
    const who = writes.some((t) => WHO.has(t));
    wrapRuns(statement, () => {
      c.memo = null;
      c.writes++;
      if (who) c.who++;
      for (const t of writes) c.tables.set(t, (c.tables.get(t) ?? 0) + 1);
    });
  } else if (reads.length) {
    wrapRuns(statement, () => {
      if (c.recording) for (const t of reads) c.recording.add(t);
    });
  }
  return statement;
}

/**
 * The SQLite versions whose EXPLAIN programs the footprints were checked against (tests/server/read-cache
 * and read-cache-version tests). Another version may open b-trees or name opcodes differently, and a
 * footprint that misses a table would keep a stale answer: on a version not listed here the caches are
 * off. After upgrading better-sqlite3, run those tests and add the new version.
 */
export const FOOTPRINT_CHECKED_SQLITE_VERSIONS: readonly string[] = ['3.53.2'];

/** Connections whose footprints are not trusted: every generation they give is new, so nothing is kept. */
const untrusted = new WeakSet<Database.Database>();
let neverAgain = 0;

/**
 * Checks the connection's SQLite version against the checked ones (openDb does, for every connection).
 * An unknown version turns the read caches and the actor cache off for the connection, with one line
 * to `log`. Returns whether the caches are on.
 */
export function checkFootprintVersion(
  sqlite: Database.Database,
  version = sqlite.prepare('select sqlite_version()').pluck().get() as string,
  log: (line: string) => void = console.warn,
): boolean {
  if (FOOTPRINT_CHECKED_SQLITE_VERSIONS.includes(version)) {
    untrusted.delete(sqlite);
    return true;
  }
  untrusted.add(sqlite);
  log(
    `Read caches off: SQLite ${version} is not one the statement footprints were checked against (${FOOTPRINT_CHECKED_SQLITE_VERSIONS.join(', ')}); see db/README.md.`,
  );
  return false;
}

/**
 * exec() for SQL that is not one statement through the watched prepare (a script, VACUUM, ANALYZE, DDL in
 * a test): counted as a write that may have touched anything, so every kept answer ends. Outside db/
 * this is the only way to exec (eslint.config.js).
 */
export function execWatched(sqlite: Database.Database, source: string): void {
  const c = counterOf(sqlite);
  try {
    sqlite.exec(source);
  } finally {
    c.memo = null;
    c.everything++;
    c.writes++;
    c.who++;
  }
}

/** What no table-by-table account can give: writes that may touch anything, and other connections' writes. */
export function baseGeneration(sqlite: Database.Database): string {
  if (untrusted.has(sqlite)) return `off.${++neverAgain}`;
  const c = counterOf(sqlite);
  return `${c.everything}.${dataVersion(sqlite, c)}`;
}

/** How many counted writes this connection has run: unchanged means nothing cacheable was written. */
export const writesSoFar = (sqlite: Database.Database): number => counterOf(sqlite).writes;

/** The write counts of these tables now; "*" (a read not accounted for) counts every write. */
export function tableGenerations(sqlite: Database.Database, tables: readonly string[]): number[] {
  const c = counterOf(sqlite);
  return tables.map((t) => (t === ANY_TABLE ? c.writes : (c.tables.get(t) ?? 0)));
}

/** Runs `compute` and returns the tables its statements read (nested recordings add to the outer one). */
export function recordReads<T>(sqlite: Database.Database, compute: () => T): { value: T; tables: string[] } {
  const c = counterOf(sqlite);
  const outer = c.recording;
  const inner = new Set<string>();
  c.recording = inner;
  try {
    return { value: compute(), tables: [...inner] };
  } finally {
    c.recording = outer;
    if (outer) for (const t of inner) outer.add(t);
  }
}

/** Notes tables read on behalf of the current recording (an answer served from memory inside it). */
export function noteReads(sqlite: Database.Database, tables: readonly string[]): void {
  const recording = counterOf(sqlite).recording;
  if (recording) for (const t of tables) recording.add(t);
}

/**
 * The generation of what a signed-in actor is made of: sessions, people, memberships, students,
 * partnerships, locations — through this connection or (data_version) any other. The actor cache uses
 * it, so that a class's attendance being saved does not make every session look itself up again.
 */
export function actorGeneration(sqlite: Database.Database): string {
  if (untrusted.has(sqlite)) return `off.${++neverAgain}`;
  const c = counterOf(sqlite);
  return `${c.who}.${dataVersion(sqlite, c)}`;
}
