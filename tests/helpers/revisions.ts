/**
 * Optimistic concurrency over HTTP (docs/decisions/071): two people read a record at the same revision;
 * the first save passes and bumps it, the second is refused with 409/CONFLICT naming the first person and
 * when, and passes once it sends the new revision.
 */
import { expect } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { users } from '../../db/schema';
import type { Db } from '../../db/client';
import type { fakeClock } from '../../server/clock';
import { cookieOf, loginAs } from './server';

export interface Two {
  app: FastifyInstance;
  db: Db;
  clock: ReturnType<typeof fakeClock>;
}

let ip = 0;
export async function sessionOf(app: FastifyInstance, email: string): Promise<string> {
  ip += 1;
  return cookieOf(await loginAs(app, email, { ip: `10.9.0.${ip % 250}` }));
}

export function post(app: FastifyInstance, cookie: string, path: string, input: unknown, lang = 'nl') {
  return app.inject({
    method: 'POST',
    url: `/trpc/${path}`,
    headers: { 'content-type': 'application/json', cookie, origin: 'http://localhost', 'accept-language': lang },
    payload: JSON.stringify(input),
  });
}

export const revisionIn = (db: Db, table: SQLiteTable, id: number) =>
  db.get<{ revision: number }>(sql`select revision from ${table} where id = ${id}`).revision;

/** "24-11-2026 om 14:32" as the Netherlands reads an instant in winter time (UTC+1), computed apart from the server. */
function dutchWinterMoment(ms: number) {
  const d = new Date(ms + 3_600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}-${two(d.getUTCMonth() + 1)}-${d.getUTCFullYear()} om ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

export interface GuardCase {
  path: string;
  /** Who saves first, and who saves the stale revision after. */
  first: string;
  second: string;
  table: SQLiteTable;
  id: number;
  /** The same change, sent at a given revision. */
  input: (revision: number) => unknown;
  /** How the Dutch message names the record ("Dit weekverslag"). */
  noun: string;
  /** What is stored of the record: after the refused save it must still be the first save's. */
  stored?: () => unknown;
}

export async function expectRevisionGuard(env: Two, c: GuardCase) {
  const { app, db, clock } = env;
  const [a, b] = [await sessionOf(app, c.first), await sessionOf(app, c.second)];
  const read = revisionIn(db, c.table, c.id);
  clock.advance(7 * 60_000);
  const firstSave = await post(app, a, c.path, c.input(read));
  expect(firstSave.statusCode, firstSave.body).toBe(200);
  expect(revisionIn(db, c.table, c.id)).toBe(read + 1);
  const savedAt = clock.now();
  const afterFirst = c.stored?.();
  clock.advance(60_000);

  const stale = await post(app, b, c.path, c.input(read));
  expect(stale.statusCode, stale.body).toBe(409);
  const error = (JSON.parse(stale.body) as { error: { message: string; data: Record<string, unknown> } }).error;
  const name = db.select({ name: users.name }).from(users).where(eq(users.email, c.first)).get()!.name;
  expect(error.message).toBe(
    `${c.noun} is intussen gewijzigd door ${name} op ${dutchWinterMoment(savedAt)}. ` +
      'Wat jij invulde staat er nog: laad de nieuwe versie, of bewaar de jouwe daaroverheen.',
  );
  expect(error.data).toMatchObject({
    code: 'CONFLICT',
    httpStatus: 409,
    conflict: { revision: read + 1, updatedBy: name },
  });
  expect(revisionIn(db, c.table, c.id)).toBe(read + 1);
  if (c.stored) expect(c.stored()).toEqual(afterFirst);

  const fresh = await post(app, b, c.path, c.input(read + 1));
  expect(fresh.statusCode, fresh.body).toBe(200);
  expect(revisionIn(db, c.table, c.id)).toBe(read + 2);
  return { a, b, name };
}
