import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import type { Clock } from '../clock';
import { loadActor, type Actor } from '../auth/actor';
import { findSession, TOUCH_EVERY_MS } from '../auth/sessions';
import { hashToken } from '../auth/tokens';
import { actorGeneration } from '../../db/data-generation';
import { readCacheOn } from '../cache/read-cache';
import { pickLanguage, type Language } from '../../shared/i18n/messages';
import { readSessionToken } from './cookies';

interface KnownActor {
  actor: Actor;
  generation: string;
  lastSeenAt: number;
  expiresAt: number;
}
const MAX_KNOWN = 5000;
const known = new WeakMap<Db['$client'], Map<string, KnownActor>>();

/**
 * The actor of a request's session. Looking it up costs three queries, so the answer is kept in memory
 * until anything it is made of is written (a logout, a role, a block: actorGeneration in db/data-generation.ts), the session
 * passes its end, or its "last seen" is due to be written again — whichever comes first. So a kept
 * actor is exactly what the database would give.
 */
export function actorFromRequest(db: Db, clock: Clock, req: FastifyRequest): Actor | null {
  const token = readSessionToken(req);
  if (!token) return null;
  let byToken = known.get(db.$client);
  if (!byToken) known.set(db.$client, (byToken = new Map<string, KnownActor>()));
  const key = hashToken(token);
  const now = clock.now();
  const generation = actorGeneration(db.$client);
  const hit = byToken.get(key);
  if (
    hit &&
    hit.generation === generation &&
    now < hit.expiresAt &&
    now - hit.lastSeenAt < TOUCH_EVERY_MS &&
    now >= hit.lastSeenAt
  )
    return hit.actor;
  byToken.delete(key);
  const session = findSession(db, clock, token);
  const actor = session ? loadActor(db, session) : null;
  const keep = readCacheOn(db.$client) && !db.$client.inTransaction && actorGeneration(db.$client) === generation;
  if (session && actor && keep) {
    if (byToken.size >= MAX_KNOWN) byToken.delete(byToken.keys().next().value!);
    byToken.set(key, { actor, generation, lastSeenAt: session.lastSeenAt, expiresAt: session.expiresAt });
  }
  return actor;
}

/**
 * The language is the person's choice, not the browser's: a signed-in person's own (kept with the
 * account, `user.locale`); before signing in the UI's language cookie; Dutch by default.
 */
export function languageOf(req: FastifyRequest, actor?: Actor | null): Language {
  return pickLanguage(actor?.locale ?? req.cookies['taal']);
}
