/**
 * Answers computed from the database, kept in memory while nothing they could depend on has changed
 * (db/data-generation.ts) — the dashboard, a class overview, a round's result rows. Exact: any write
 * through the server, the worker or a CLI ends every entry; entries also expire after MAX_AGE_MS, and
 * the key of a date-dependent answer includes the date. Cached values are shared: callers must not
 * change them. Audit events for views are written by the callers on every view, cached or not.
 */
import type Database from 'better-sqlite3';
import type { Db } from '../../db/client';
import { dataGeneration } from '../../db/data-generation';
import type { Actor } from '../auth/actor';

const MAX_ENTRIES = 500;
const MAX_AGE_MS = 60_000;

interface Entry {
  generation: string;
  storedAt: number;
  value: unknown;
}
const caches = new WeakMap<Database.Database, Map<string, Entry>>();

/** The part of an actor an answer may depend on: partnership, person and roles. */
export const actorKey = (actor: Actor): string => `${actor.partnershipId}|${actor.userId}|${[...actor.roles].sort().join(',')}`;

export function cachedRead<T>(db: Db, key: string, compute: () => T): T {
  let cache = caches.get(db.$client);
  if (!cache) caches.set(db.$client, (cache = new Map()));
  const generation = dataGeneration(db.$client);
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && hit.generation === generation && now - hit.storedAt < MAX_AGE_MS) {
    // refresh its place in the LRU order
    cache.delete(key);
    cache.set(key, hit);
    return hit.value as T;
  }
  const value = compute();
  // Not kept: an answer that its own compute made stale (it wrote something cacheable), or one read
  // inside a transaction, which may still roll back what it sees.
  if (!db.$client.inTransaction && dataGeneration(db.$client) === generation) {
    cache.delete(key);
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
    cache.set(key, { generation, storedAt: now, value });
  }
  return value;
}
