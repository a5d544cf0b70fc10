/**
 * The authorization matrix: every procedure × every role × own partnership / other partnership / no
 * session, each case checked against the hand-written policy (authorization-policy.ts) — never against
 * the server's own grants — and each asserting an answer. A procedure without a sample or a policy line
 * fails the test, so new procedures must join.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { appRouter } from '../../server/trpc/app-router';
import type { Permission } from '../../shared/domain/permissions';
import { ROLES, type Role } from '../../shared/domain/roles';
import type { Actor } from '../../server/auth/actor';
import { actorFor, callerAs, demoFixture, type DemoFixture } from '../helpers/demo';
import { asRead, rolledBack } from '../helpers/db';
import { allJobsSettled } from '../../server/features/placements/jobs';
import { SAMPLES, fingerprintsOf } from '../helpers/samples';
import { AUTHORIZATION_POLICY, policyAllows } from './authorization-policy';
import { DEMO_EMAIL_BY_ROLE } from '../helpers/roles';

const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { meta?: { permission?: Permission }; type: string } }
>;
const paths = Object.keys(procedures).sort();

async function call(fx: DemoFixture, actor: Actor | null, path: string, input: unknown) {
  const caller = callerAs(fx, actor) as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
  const [group, name] = path.split('.') as [string, string];
  return caller[group]![name]!(input);
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    return error instanceof TRPCError ? error.code : `THROWN ${String(error)}`;
  }
}

let fx: DemoFixture;
let actors: Record<Role, Actor>;
let otherFingerprints: string[];

beforeAll(async () => {
  fx = await demoFixture();
  actors = Object.fromEntries(ROLES.map((r) => [r, actorFor(fx.db, fx.clock, DEMO_EMAIL_BY_ROLE[r])])) as Record<
    Role,
    Actor
  >;
  otherFingerprints = fingerprintsOf(fx, fx.region.rotterdam.partnershipId);
}, 60_000); // seeding the demo region takes several seconds on a busy machine

describe('every procedure declares a permission and has a sample', () => {
  it.each(paths)('%s', (path) => {
    expect(procedures[path]!._def.meta?.permission, `${path} declares no permission`).toBeTruthy();
    expect(SAMPLES[path], `${path} has no sample in tests/helpers/samples`).toBeDefined();
  });

  it('no sample is left over for a procedure that no longer exists', () => {
    expect(Object.keys(SAMPLES).filter((p) => !paths.includes(p))).toEqual([]);
  });

  it('the policy has one well-formed line for every procedure, and none for a procedure that does not exist', () => {
    expect(paths.filter((p) => !(p in AUTHORIZATION_POLICY))).toEqual([]);
    expect(Object.keys(AUTHORIZATION_POLICY).filter((p) => !paths.includes(p))).toEqual([]);
    for (const p of paths) expect(() => policyAllows(p, 'none')).not.toThrow();
  });
});

describe.each(paths)('%s', (path) => {
  const sample = () => SAMPLES[path]!;
  // Queries run as in production, outside a transaction, so the read caches keep and serve (and must
  // write nothing); mutations, and queries whose sample creates rows, are rolled back.
  // An engine job an earlier (rolled-back) case started writes its run when its worker ends: a query that
  // awaits (an XLSX export) would see that write as its own, so it waits for the jobs first.
  const isolated = <T>(fn: () => Promise<T>) =>
    procedures[path]!._def.type === 'query' && !sample().writes
      ? allJobsSettled().then(() => asRead(fx.db, fn))
      : rolledBack(fx.db, fn);

  it('without a session: as the policy says (refused: UNAUTHORIZED)', async () => {
    const code = await isolated(async () =>
      codeOf(call(fx, null, path, await sample().input({ ...fx, target: fx.region.eindhoven, actor: null }))),
    );
    expect(code).toBe(policyAllows(path, 'none') ? 'OK' : 'UNAUTHORIZED');
  });

  it.each(ROLES)('as %s in the own partnership: allowed exactly when the policy says so', async (role) => {
    const actor = actors[role];
    const code = await isolated(async () =>
      codeOf(call(fx, actor, path, await sample().input({ ...fx, target: fx.region.eindhoven, actor }))),
    );
    expect(code).toBe(policyAllows(path, role) ? 'OK' : 'FORBIDDEN');
  });

  it.each(ROLES)("as %s on the other partnership's objects: refused, not found or nothing leaks", async (role) => {
    const actor = actors[role];
    if (sample().other === 'byToken') {
      const answer = async (who: Actor | null) =>
        isolated(async () =>
          call(fx, who, path, await sample().input({ ...fx, target: fx.region.rotterdam, actor: who })),
        );
      expect(await answer(actor)).toEqual(await answer(null));
      return;
    }
    await isolated(async () => {
      const input = await sample().input({ ...fx, target: fx.region.rotterdam, actor });
      let result: unknown;
      const code = await codeOf(call(fx, actor, path, input).then((r) => (result = r)));
      // Refused by role before any object is looked at: the same answer as in the own partnership.
      if (!policyAllows(path, role)) expect(code).toBe('FORBIDDEN');
      else if (sample().other === 'notFound') expect(code).toBe('NOT_FOUND');
      else expect(code).toBe('OK');
      const text = JSON.stringify(result ?? null);
      expect(otherFingerprints.filter((f) => text.includes(f))).toEqual([]);
    });
  });
});
