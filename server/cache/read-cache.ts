/**
 * Answers computed from the database, kept in memory while nothing they could depend on has changed
 * (db/data-generation.ts) — the dashboard, a class overview, a round's result rows, and the lookups
 * every save repeats (a team and its access, a class, the placement days). Exact: an entry keeps the
 * tables its computation read and ends when one of them is written through this connection; any write
 * by another connection (the worker, a CLI) or a schema change ends every entry. Entries also expire
 * after MAX_AGE_MS, and the key of a date-dependent answer includes the date. Cached values are
 * shared: callers must not change them. Audit events for views are written by the callers on every
 * view, cached or not.
 *
 * A kept answer is also turned into JSON once per entry, not once per request: jsonBytesOf() remembers it
 * of every value cachedRead keeps (a dashboard is ~80 KB of JSON; stringifying it was a third of its cost).
 */
import type Database from 'better-sqlite3';
import type { Db } from '../../db/client';
import { baseGeneration, noteReads, recordReads, tableGenerations, writesSoFar } from '../../db/data-generation';
import type { Actor } from '../auth/actor';

// A round's result rows are ~1.5 MB for 5,000 students; a dashboard a few hundred KB.
const MAX_ENTRIES = 200;
const MAX_AGE_MS = 60_000;

interface Entry {
  storedAt: number;
  value: unknown;
  /** the tables the value was read from, and their write counts then */
  tables: string[];
  generations: number[];
}
/** Per connection: the base generation every kept entry belongs to, and the entries (in LRU order). */
interface Store {
  base: string;
  entries: Map<string, Entry>;
}
const stores = new WeakMap<Database.Database, Store>();
/** Connections whose read caches are off (READ_CACHE=off): every answer computed afresh. */
const switchedOff = new WeakSet<Database.Database>();

/** READ_CACHE: on (the default) or off for this connection — the kept answers and the kept actors. */
export function setReadCache(db: Db, on: boolean): void {
  if (on) switchedOff.delete(db.$client);
  else {
    switchedOff.add(db.$client);
    stores.delete(db.$client);
  }
}
export const readCacheOn = (sqlite: Database.Database): boolean => !switchedOff.has(sqlite);

/** The JSON of kept values as UTF-8 bytes, made on first use; null until then. Gone with the value. */
const texts = new WeakMap<object, Buffer | null>();

/**
 * Kept values are shared by every later caller, so nobody may change one (db/README.md). Outside
 * production (tests, development) they are deep-frozen when kept, so a change throws where it is made;
 * production skips the walk over a large answer and does not turn such a bug into a refused request.
 */
const FREEZE_KEPT = process.env.NODE_ENV !== undefined && process.env.NODE_ENV !== 'production';
function deepFreeze(value: unknown): void {
  // typed arrays (a Buffer) cannot be frozen; Maps and Sets freeze their own fields only
  if (typeof value !== 'object' || value === null || Object.isFrozen(value) || ArrayBuffer.isView(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}

const utf8 = (value: unknown): Buffer | undefined => {
  // undefined (and a function) stringify to undefined, whatever lib.d.ts says
  const text = JSON.stringify(value) as string | undefined;
  return text === undefined ? undefined : Buffer.from(text);
};

/**
 * JSON.stringify as UTF-8 bytes, remembered for values this cache keeps (which nobody changes). Bytes,
 * not text: measuring and encoding an 80 KB string for the socket on every request cost more than
 * making it.
 */
export function jsonBytesOf(value: unknown): Buffer | undefined {
  if (typeof value !== 'object' || value === null || !texts.has(value)) return utf8(value);
  let bytes = texts.get(value);
  if (bytes == null) texts.set(value, (bytes = utf8(value)!));
  return bytes;
}

/**
 * Gives a value the JSON bytes made for it beforehand, which jsonBytesOf then sends as they are: a large
 * download's, made a part at a time with the event loop free between parts (decision 101). They must be
 * exactly JSON.stringify(value)'s as UTF-8, and nobody may change the value afterwards.
 */
export function withJsonBytes<T extends object>(value: T, bytes: Buffer): T {
  texts.set(value, bytes);
  return value;
}

/** The part of an actor an answer may depend on: partnership, person and roles. */
export const actorKey = (actor: Actor): string =>
  `${actor.partnershipId}|${actor.userId}|${[...actor.roles].sort().join(',')}`;

function unchanged(sqlite: Database.Database, entry: Entry): boolean {
  const now = tableGenerations(sqlite, entry.tables);
  return now.every((g, i) => g === entry.generations[i]);
}

export function cachedRead<T>(db: Db, key: string, compute: () => T): T {
  const sqlite = db.$client;
  if (switchedOff.has(sqlite)) return compute();
  const base = baseGeneration(sqlite);
  let store = stores.get(sqlite);
  if (!store) stores.set(sqlite, (store = { base, entries: new Map() }));
  // another connection wrote, or the schema changed: no entry can be used again
  if (store.base !== base) {
    store.entries.clear();
    store.base = base;
  }
  const { entries } = store;
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && now - hit.storedAt < MAX_AGE_MS && unchanged(sqlite, hit)) {
    // refresh its place in the LRU order; an answer computed around this one depends on its tables too
    entries.delete(key);
    entries.set(key, hit);
    noteReads(sqlite, hit.tables);
    return hit.value as T;
  }
  if (hit) entries.delete(key);
  const writes = writesSoFar(sqlite);
  const { value, tables } = recordReads(sqlite, compute);
  // Not kept: an answer that its own compute made stale (it wrote something), or one read inside a
  // transaction, which may still roll back what it sees.
  if (!sqlite.inTransaction && writesSoFar(sqlite) === writes && baseGeneration(sqlite) === base) {
    // least recently used first: drop those past their age, then any beyond the limit
    for (const [k, e] of entries) {
      if (now - e.storedAt < MAX_AGE_MS && entries.size < MAX_ENTRIES) break;
      entries.delete(k);
    }
    if (FREEZE_KEPT) deepFreeze(value);
    entries.set(key, { storedAt: now, value, tables, generations: tableGenerations(sqlite, tables) });
    if (typeof value === 'object' && value !== null && !texts.has(value)) texts.set(value, null);
  }
  return value;
}
