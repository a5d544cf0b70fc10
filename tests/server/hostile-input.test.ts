/**
 * fast-check over every procedure of the router, through HTTP: random and boundary inputs (huge
 * strings, unicode, negative and enormous numbers, wrong types, extra keys) get a 4xx with a clear
 * message — never a 5xx, never a stack or SQL text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { appRouter } from '../../server/trpc/app-router';
import { rolesGrant, type Permission } from '../../shared/domain/permissions';
import { ROLES, type Role } from '../../shared/domain/roles';
import { SAMPLES } from '../helpers/samples';
import { cookieOf, loginAs, testServer, type TestServer } from '../helpers/server';
import { DEMO_EMAIL_BY_ROLE } from '../helpers/roles';
import { jsonOf } from '../helpers/answers';

const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { meta?: { permission?: Permission }; type: string } }
>;
const paths = Object.keys(procedures).sort();

const hostileValue = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constant('x'.repeat(100_000)),
  fc.constant("'; DROP TABLE student; --"),
  fc.constant('<script>alert(1)</script>'),
  fc.integer(),
  fc.constantFrom(-1, 0, -(2 ** 31), 2 ** 53, -(2 ** 53), 1e308, -1e308, 0.5),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 20 }),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), { maxKeys: 5 }),
);

/** Mutate one field of a valid input, add stray keys, or replace the whole input. */
function hostileInputFor(valid: unknown) {
  const keys = valid && typeof valid === 'object' ? Object.keys(valid) : [];
  return fc.oneof(
    fc.anything({ maxDepth: 2 }),
    keys.length === 0
      ? fc.constant(valid)
      : fc
          .record({ key: fc.constantFrom(...keys), value: hostileValue })
          .map(({ key, value }) => ({ ...(valid as object), [key]: value })),
    fc
      .record({ key: fc.string({ maxLength: 20 }), value: hostileValue })
      .map(({ key, value }) => (valid && typeof valid === 'object' ? { ...valid, [key]: value } : { [key]: value })),
  );
}

let s: TestServer;
const cookies = {} as Record<Role, string>;
beforeAll(async () => {
  s = await testServer({ rateLimitMax: 1_000_000 });
  for (const role of ROLES)
    cookies[role] = cookieOf(await loginAs(s.app, DEMO_EMAIL_BY_ROLE[role], { ip: `10.7.0.${ROLES.indexOf(role)}` }));
});

describe.each(paths)('%s', (path) => {
  it('answers hostile input with 2xx or 4xx, never 5xx or internals', { timeout: 60_000 }, async () => {
    const permission = procedures[path]!._def.meta!.permission!;
    const role = ROLES.find((r) => rolesGrant([r], permission)) ?? 'beheerder';
    const valid = await SAMPLES[path]!.input({
      db: s.db,
      clock: s.clock,
      region: s.region,
      target: s.region.eindhoven,
      actor: null,
    });
    const isQuery = procedures[path]!._def.type === 'query';
    await fc.assert(
      fc.asyncProperty(hostileInputFor(valid), async (input) => {
        const body = JSON.stringify(input === undefined ? null : input);
        const res = isQuery
          ? await s.app.inject({
              method: 'GET',
              url: `/trpc/${path}?input=${encodeURIComponent(body)}`,
              headers: { cookie: cookies[role] },
            })
          : await s.app.inject({
              method: 'POST',
              url: `/trpc/${path}`,
              headers: { cookie: cookies[role], 'content-type': 'application/json' },
              payload: body,
            });
        expect(res.statusCode, `${path} ${body.slice(0, 200)} → ${res.body.slice(0, 300)}`).toBeLessThan(500);
        if (res.statusCode >= 400) {
          // a tRPC refusal carries an object, a refusal by the HTTP layer a plain text
          const { error } = jsonOf<{ error?: string | { message?: string } }>(res);
          const message = typeof error === 'object' ? error.message : error;
          expect(typeof message).toBe('string');
          expect(res.body).not.toMatch(/SqliteError|SELECT |INSERT |stack|at \/|node_modules/);
        }
      }),
      { numRuns: 25, seed: 20261125 },
    );
  });
});
