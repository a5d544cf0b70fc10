import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as schema from './schema';
import { projectRoot } from './paths';
import { checkFootprintVersion, watchStatement, trackConnection } from './data-generation';
import { stemText } from '../shared/domain/search-text';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/**
 * The pragmas every connection must have. WAL lets readers run beside one writer; NORMAL is durable
 * across application crashes in WAL mode (only an OS crash can lose the last commits); busy_timeout
 * makes a second writer (a CLI beside the server) wait instead of failing with SQLITE_BUSY; secure_delete
 * zeroes every byte a delete or update frees, so an erasure leaves nothing behind in the file without
 * rewriting it (docs/decisions/072: VACUUM per erasure held every writer for as long as it took).
 */
export const REQUIRED_PRAGMAS = {
  journal_mode: 'wal',
  synchronous: 1,
  foreign_keys: 1,
  busy_timeout: 5000,
  secure_delete: 1,
} as const;

/** Opens (and creates) a database file with the required pragmas, and checks they took effect. */
export function openDb(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma(`busy_timeout = ${REQUIRED_PRAGMAS.busy_timeout}`);
  if (path !== ':memory:') sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('secure_delete = ON');
  assertPragmas(sqlite, path === ':memory:');
  registerSearchFunctions(sqlite);
  scrubFreedBytesOnce(sqlite);
  cacheStatements(sqlite);
  trackConnection(sqlite);
  checkFootprintVersion(sqlite);
  const db: Db = drizzle<typeof schema>(sqlite, { schema });
  // Write transactions take the write lock up front (BEGIN IMMEDIATE). A deferred transaction that reads
  // first and writes later can hit SQLITE_BUSY_SNAPSHOT when another process (a CLI beside the server)
  // wrote in between, and no busy timeout can wait that away; an immediate one simply waits its turn.
  const deferred = db.transaction.bind(db);
  db.transaction = (fn, config) => deferred(fn, { behavior: 'immediate', ...config });
  return db;
}

/**
 * dutch_stems(text, …): the stems the search index keeps beside the text (migration 0013_s14, decision 081).
 * The index's triggers call it, so every connection that writes knowledge must have it: another SQLite
 * client writing those tables gets "no such function". Deterministic, so SQLite may reuse a result.
 */
function registerSearchFunctions(sqlite: Database.Database): void {
  sqlite.function('dutch_stems', { deterministic: true, varargs: true }, (...texts: unknown[]) =>
    texts.map((t) => (typeof t === 'string' ? stemText(t) : '')).join(' '),
  );
}

/** Refuses a connection whose safety pragmas are off; the server must not start on such a database. */
export function assertPragmas(sqlite: Database.Database, inMemory = false): void {
  const actual = {
    journal_mode: String(sqlite.pragma('journal_mode', { simple: true })).toLowerCase(),
    synchronous: Number(sqlite.pragma('synchronous', { simple: true })),
    foreign_keys: Number(sqlite.pragma('foreign_keys', { simple: true })),
    busy_timeout: Number(sqlite.pragma('busy_timeout', { simple: true })),
    secure_delete: Number(sqlite.pragma('secure_delete', { simple: true })),
  };
  const wrong = (Object.keys(REQUIRED_PRAGMAS) as (keyof typeof REQUIRED_PRAGMAS)[]).filter((k) => {
    if (k === 'journal_mode' && inMemory) return actual.journal_mode !== 'memory';
    return actual[k] !== REQUIRED_PRAGMAS[k];
  });
  if (wrong.length > 0) {
    throw new Error(`Database pragmas not as required: ${wrong.map((k) => `${k}=${actual[k]}`).join(', ')}`);
  }
}

/** `user_version` bit: every byte freed in this file was freed with secure_delete on. */
const FREED_BYTES_ZEROED = 1;

/**
 * A file written before secure_delete was always on can hold deleted bytes in its free space: it is
 * rewritten once (VACUUM), at opening, before anyone is served. A new file needs no rewrite.
 */
function scrubFreedBytesOnce(sqlite: Database.Database): void {
  if (sqlite.memory || sqlite.readonly) return;
  const version = Number(sqlite.pragma('user_version', { simple: true }));
  if (version & FREED_BYTES_ZEROED) return;
  const tables = Number(sqlite.prepare('SELECT count(*) FROM sqlite_master').pluck().get());
  if (tables > 0) {
    sqlite.exec('VACUUM');
    sqlite.pragma('wal_checkpoint(TRUNCATE)'); // in WAL mode the rewritten pages reach the file here
  }
  sqlite.pragma(`user_version = ${version | FREED_BYTES_ZEROED}`);
}

export const migrationsFolder = join(projectRoot, 'db', 'migrations');

/** Applies all committed migrations; each runs in a transaction, so a failed one leaves nothing behind. */
export function migrateDb(db: Db): void {
  migrate(db, { migrationsFolder });
}

const STATEMENT_CACHE_SIZE = 2000;

/**
 * drizzle prepares its SQL again on every call, and compiling a statement costs more than running a
 * small query. The same SQL text always gets the same compiled statement back here, with its
 * result modes (raw, pluck, expand) reset, since callers set those per use. Safe because
 * better-sqlite3 is synchronous and nothing here iterates a statement while running it again.
 */
function cacheStatements(sqlite: Database.Database): void {
  const cache = new Map<string, Database.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (statement) {
      if (statement.reader) statement.raw(false).pluck(false).expand(false);
      return statement;
    }
    statement = watchStatement(sqlite, prepare, prepare(source));
    if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(source, statement);
    return statement;
  }) as typeof sqlite.prepare;
}
