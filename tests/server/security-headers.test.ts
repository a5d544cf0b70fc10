/**
 * ASVS V14.4: security headers on every route. The routes are read from Fastify itself (printRoutes),
 * the procedures from the tRPC router, so a route or procedure added later is checked without an
 * edit here. Each answer — 200, 4xx, the SPA shell, a static file, not found — carries a CSP that
 * forbids framing and inline script, nosniff, X-Frame-Options DENY and a strict Referrer-Policy;
 * answers under /trpc and /auth are never stored in a cache.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { appRouter } from '../../server/trpc/app-router';
import { SAMPLES } from '../helpers/samples';
import { cookieOf, loginAs, testServer, type TestServer } from '../helpers/server';

type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';
const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;

/** Reads Fastify's route tree ("├── /auth/login (POST)", children indented by four) into full paths. */
function routesOf(tree: string): { url: string; methods: string[] }[] {
  const out: { url: string; methods: string[] }[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^([│ ]*)[├└]── (.+?)(?: \(([A-Z, ]+)\))?$/.exec(line.replace(/\u00a0/g, ' '));
    if (!m) continue;
    const depth = m[1]!.length / 4;
    stack.length = depth;
    stack.push(m[2]!);
    if (m[3]) out.push({ url: stack.join(''), methods: m[3].split(',').map((s) => s.trim()) });
  }
  return out;
}

function expectSecurityHeaders(res: LightMyRequestResponse, where: string) {
  const csp = String(res.headers['content-security-policy'] ?? '');
  expect(csp, `${where}: CSP`).toContain("frame-ancestors 'none'");
  expect(csp, `${where}: CSP`).toContain("default-src 'self'");
  expect(csp, `${where}: CSP`).toContain("script-src 'self'");
  expect(csp, `${where}: CSP`).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(res.headers['x-content-type-options'], `${where}: nosniff`).toBe('nosniff');
  expect(res.headers['x-frame-options'], `${where}: X-Frame-Options`).toBe('DENY');
  expect(
    ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'],
    `${where}: Referrer-Policy`,
  ).toContain(res.headers['referrer-policy']);
  if (/^\/(trpc|auth)(\/|$)/.test(where.split(' ')[1] ?? ''))
    expect(res.headers['cache-control'], `${where}: Cache-Control`).toBe('no-store');
}

let s: TestServer;
let cookie: string;
let routes: { url: string; methods: string[] }[];

beforeAll(async () => {
  s = await testServer({ rateLimitMax: 1_000_000 });
  cookie = cookieOf(await loginAs(s.app, 'beheer@eindhoven.demo'));
  routes = routesOf(s.app.printRoutes({ commonPrefix: false }));
});

describe('every registered REST route', () => {
  it('the route tree was read (auth, health and tRPC at least)', () => {
    expect(routes.map((r) => r.url)).toEqual(
      expect.arrayContaining(['/healthz', '/auth/login', '/auth/logout', '/trpc/:path']),
    );
  });

  it('answers every method it serves with the security headers, signed in or not', async () => {
    for (const route of routes) {
      const url = route.url.replace(':path', 'session.me');
      for (const method of route.methods as Method[]) {
        for (const headers of [{}, { cookie }]) {
          const res = await s.app.inject({ method, url, headers });
          expectSecurityHeaders(res, `${method} ${url} → ${res.statusCode}`);
        }
      }
    }
  });

  it.each(['/', '/beheer/privacy', '/bestaat-niet.js', '/auth/bestaat-niet', '/trpc'])(
    'and so does what no route serves: %s',
    async (url) => {
      const res = await s.app.inject({ method: 'GET', url, headers: { cookie } });
      expectSecurityHeaders(res, `GET ${url} → ${res.statusCode}`);
    },
  );
});

describe('every tRPC procedure', () => {
  it.each(Object.keys(procedures).sort())('%s', async (path) => {
    const isQuery = procedures[path]!._def.type === 'query';
    if (isQuery) {
      const input = await SAMPLES[path]!.input({
        db: s.db,
        clock: s.clock,
        region: s.region,
        target: s.region.eindhoven,
        actor: null,
      });
      const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
      for (const headers of [{}, { cookie }]) {
        const res = await s.app.inject({ method: 'GET', url: `/trpc/${path}${query}`, headers });
        expectSecurityHeaders(res, `GET /trpc/${path} → ${res.statusCode}`);
      }
    } else {
      // Without a session (401) and with an input that fails validation (400): nothing changes state.
      for (const headers of [{}, { cookie }]) {
        const res = await s.app.inject({
          method: 'POST',
          url: `/trpc/${path}`,
          headers: { ...headers, 'content-type': 'application/json' },
          payload: '"x"',
        });
        expectSecurityHeaders(res, `POST /trpc/${path} → ${res.statusCode}`);
      }
    }
  });
});
