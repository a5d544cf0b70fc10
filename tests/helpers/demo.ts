import { eq } from 'drizzle-orm';
import { users } from '../../db/schema';
import type { Db } from '../../db/client';
import { fakeClock, type Clock } from '../../server/clock';
import { seedDemo } from '../../server/seed/demo';
import type { DemoRegion } from '../../server/seed/seed-core';
import { createSession, findSession } from '../../server/auth/sessions';
import { loadActor, type Actor } from '../../server/auth/actor';
import { createCallerFactory } from '../../server/trpc/init';
import { appRouter } from '../../server/trpc/app-router';
import { createContextInner } from '../../server/trpc/context';
import { createTestDb } from './db';
import { copyOf, dbTemplates } from './db-templates';

export interface DemoFixture {
  db: Db;
  clock: ReturnType<typeof fakeClock>;
  region: DemoRegion;
}

/** A fresh database with the demo region, on a fake clock. */
export async function demoFixture(): Promise<DemoFixture> {
  const clock = fakeClock();
  return { ...(await seededDemo(clock)), clock };
}

/**
 * The demo region seeded at `clock`'s time: a copy of the run's template when that was seeded at the
 * same moment (every fake clock starts there), else seeded here.
 */
export async function seededDemo(clock: Clock): Promise<{ db: Db; region: DemoRegion }> {
  const templates = dbTemplates();
  if (templates?.seededAt === clock.now())
    return { db: copyOf(templates.demo), region: structuredClone(templates.region) };
  const db = createTestDb();
  return { db, region: await seedDemo(db, clock) };
}

/** The actor a demo account would be after logging in (optionally in another of its partnerships). */
export function actorFor(db: Db, clock: Clock, email: string, partnershipId?: number): Actor {
  const user = db.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
  if (!user) throw new Error(`no demo user ${email}`);
  const token = createSession(db, clock, user.id, partnershipId ?? null);
  const actor = loadActor(db, findSession(db, clock, token)!);
  if (!actor) throw new Error(`${email} has no partnership`);
  return actor;
}

const createCaller = createCallerFactory(appRouter);

export function callerAs(fx: Pick<DemoFixture, 'db' | 'clock'>, actor: Actor | null) {
  return createCaller(createContextInner({ db: fx.db, clock: fx.clock, actor }));
}

export function callerFor(fx: Pick<DemoFixture, 'db' | 'clock'>, email: string) {
  return callerAs(fx, actorFor(fx.db, fx.clock, email));
}
