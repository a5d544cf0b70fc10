/**
 * Answers computed from the database, kept in memory while nothing they could depend on has changed
 * (db/data-generation.ts) — the dashboard, a class overview, a round's result rows. Exact: any write
 * through the server, the worker or a CLI ends every entry; entries also expire after MAX_AGE_MS, and
 * the key of a date-dependent answer includes the date. Cached values are shared: callers must not
 * change them. Audit events for views are written by the callers on every view, cached or not.
 *
 * A kept answer is also turned into JSON once per entry, not once per request: jsonBytesOf() remembers it
 * of every value cachedRead keeps (a dashboard is ~80 KB of JSON; stringifying it was a third of its cost).
 */
import type Database from 'better-sqlite3';
import type { Db } from '../../db/client';
import { dataGeneration } from '../../db/data-generation';
import type { Actor } from '../auth/actor';

// A round's result rows are ~1.5 MB for 5,000 students; a dashboard a few hundred KB.
const MAX_ENTRIES = 200;
const MAX_AGE_MS = 60_000;

interface Entry {
  storedAt: number;
  value: unknown;
}
/** Per connection: the generation every kept entry belongs to, and the entries (in LRU order). */
interface Store {
  generation: string;
  entries: Map<string, Entry>;
}
const stores = new WeakMap<Database.Database, Store>();
/** The JSON of kept values as UTF-8 bytes, made on first use; null until then. Gone with the value. */
const texts = new WeakMap<object, Buffer | null>();

const utf8 = (value: unknown): Buffer | undefined => {
  const text = JSON.stringify(value);
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

/** The part of an actor an answer may depend on: partnership, person and roles. */
export const actorKey = (actor: Actor): string => `${actor.partnershipId}|${actor.userId}|${[...actor.roles].sort().join(',')}`;

export function cachedRead<T>(db: Db, key: string, compute: () => T): T {
  const generation = dataGeneration(db.$client);
  let store = stores.get(db.$client);
  if (!store) stores.set(db.$client, (store = { generation, entries: new Map() }));
  // the generation is global: once it moves, no entry can be used again
  if (store.generation !== generation) {
    store.entries.clear();
    store.generation = generation;
  }
  const { entries } = store;
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && now - hit.storedAt < MAX_AGE_MS) {
    // refresh its place in the LRU order
    entries.delete(key);
    entries.set(key, hit);
    return hit.value as T;
  }
  const value = compute();
  // Not kept: an answer that its own compute made stale (it wrote something cacheable), or one read
  // inside a transaction, which may still roll back what it sees.
  if (!db.$client.inTransaction && dataGeneration(db.$client) === generation) {
    entries.delete(key);
    // least recently used first: drop those past their age, then any beyond the limit
    for (const [k, e] of entries) {
      if (now - e.storedAt < MAX_AGE_MS && entries.size < MAX_ENTRIES) break;
      entries.delete(k);
    }
    entries.set(key, { storedAt: now, value });
    if (typeof value === 'object' && value !== null && !texts.has(value)) texts.set(value, null);
  }
  return value;
}
