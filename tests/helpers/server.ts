import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildServer } from '../../server/app';
import { fakeClock } from '../../server/clock';
import { DEMO_PASSWORD } from '../../server/seed/demo-data';
import type { Db } from '../../db/client';
import type { DemoRegion } from '../../server/seed/seed-core';
import { seededDemo } from './demo';

export interface TestServer {
  app: FastifyInstance;
  db: Db;
  clock: ReturnType<typeof fakeClock>;
  region: DemoRegion;
}

/** The real Fastify app (not listening) on a fresh demo database and a fake clock. */
export async function testServer(
  opts: { trustProxy?: boolean | number | string[]; rateLimitMax?: number; readCache?: boolean } = {},
): Promise<TestServer> {
  const clock = fakeClock();
  const { db, region } = await seededDemo(clock);
  const app = await buildServer({ db, clock, ...opts });
  return { app, db, clock, region };
}

export function cookieOf(res: LightMyRequestResponse): string {
  const header = res.headers['set-cookie'];
  const first = Array.isArray(header) ? header[0]! : header!;
  return first.split(';')[0]!;
}

export async function loginAs(
  app: FastifyInstance,
  email: string,
  opts: { password?: string; ip?: string; cookie?: string } = {},
) {
  return app.inject({
    method: 'POST',
    url: '/auth/login',
    remoteAddress: opts.ip ?? '10.0.0.1',
    headers: { 'content-type': 'application/json', ...(opts.cookie ? { cookie: opts.cookie } : {}) },
    payload: { email, password: opts.password ?? DEMO_PASSWORD },
  });
}

/** A tRPC query over HTTP, as the browser makes it. */
export function trpcGet(app: FastifyInstance, path: string, cookie?: string, input?: unknown) {
  const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  return app.inject({ method: 'GET', url: `/trpc/${path}${query}`, headers: cookie ? { cookie } : {} });
}

export function trpcPost(
  app: FastifyInstance,
  path: string,
  cookie: string | undefined,
  input: unknown,
  headers: Record<string, string> = {},
) {
  return app.inject({
    method: 'POST',
    url: `/trpc/${path}`,
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...headers },
    payload: JSON.stringify(input),
  });
}
