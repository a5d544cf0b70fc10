import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import type { Clock } from '../clock';
import { loadActor, type Actor } from '../auth/actor';
import { findSession } from '../auth/sessions';
import { pickLanguage, type Language } from '../../shared/i18n/messages';
import { readSessionToken } from './cookies';

export function actorFromRequest(db: Db, clock: Clock, req: FastifyRequest): Actor | null {
  const token = readSessionToken(req);
  if (!token) return null;
  const session = findSession(db, clock, token);
  return session ? loadActor(db, session) : null;
}

/** The UI's language cookie wins; otherwise the browser's preference; Dutch by default. */
export function languageOf(req: FastifyRequest): Language {
  return pickLanguage(req.cookies['taal'] ?? req.headers['accept-language']);
}
