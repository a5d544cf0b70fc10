import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as schema from './schema';
import { projectRoot } from './paths';
import { checkFootprintVersion, watchStatement, trackConnection } from './data-generation';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/**
 * The pragmas every connection must have. WAL lets readers run beside one writer; NORMAL is durable
 * across application crashes in WAL mode (only an OS crash can lose the last commits); busy_timeout
 * makes a second writer (a CLI beside the server) wait instead of failing with SQLITE_BUSY.
 */
export const REQUIRED_PRAGMAS = { journal_mode: 'wal', synchronous: 1, foreign_keys: 1, busy_timeout: 5000 } as const;

/** Opens (and creates) a database file with the required pragmas, and checks they took effect. */
export function openDb(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma(`busy_timeout = ${REQUIRED_PRAGMAS.busy_timeout}`);
  if (path !== ':memory:') sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  assertPragmas(sqlite, path === ':memory:');
  cacheStatements(sqlite);
  trackConnection(sqlite);
  checkFootprintVersion(sqlite);
  const db: Db = drizzle(sqlite, { schema });
  // Write transactions take the write lock up front (BEGIN IMMEDIATE). A deferred transaction that reads
  // first and writes later can hit SQLITE_BUSY_SNAPSHOT when another process (a CLI beside the server)
  // wrote in between, and no busy timeout can wait that away; an immediate one simply waits its turn.
  const deferred = db.transaction.bind(db);
  db.transaction = (fn, config) => deferred(fn, { behavior: 'immediate', ...config });
  return db;
}

/** Refuses a connection whose safety pragmas are off; the server must not start on such a database. */
export function assertPragmas(sqlite: Database.Database, inMemory = false): void {
  const actual = {
    journal_mode: String(sqlite.pragma('journal_mode', { simple: true })).toLowerCase(),
    synchronous: Number(sqlite.pragma('synchronous', { simple: true })),
    foreign_keys: Number(sqlite.pragma('foreign_keys', { simple: true })),
    busy_timeout: Number(sqlite.pragma('busy_timeout', { simple: true })),
  };
  const wrong = (Object.keys(REQUIRED_PRAGMAS) as (keyof typeof REQUIRED_PRAGMAS)[]).filter((k) => {
    if (k === 'journal_mode' && inMemory) return actual.journal_mode !== 'memory';
    return actual[k] !== REQUIRED_PRAGMAS[k];
  });
  if (wrong.length > 0) {
    throw new Error(`Database pragmas not as required: ${wrong.map((k) => `${k}=${actual[k]}`).join(', ')}`);
  }
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
