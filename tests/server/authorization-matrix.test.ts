/**
 * The generated authorization matrix: every procedure × every role × own partnership / other
 * partnership / no session. A procedure without a sample fails the test, so new procedures must join.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { appRouter } from '../../server/trpc/app-router';
import { rolesGrant, type Permission } from '../../shared/domain/permissions';
import { ROLES, type Role } from '../../shared/domain/roles';
import type { Actor } from '../../server/auth/actor';
import { actorFor, callerAs, demoFixture, type DemoFixture } from '../helpers/demo';
import { rolledBack } from '../helpers/db';
import { SAMPLES, fingerprintsOf } from '../helpers/samples';
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
});

describe('every procedure declares a permission and has a sample', () => {
  it.each(paths)('%s', (path) => {
    expect(procedures[path]!._def.meta?.permission, `${path} declares no permission`).toBeTruthy();
    expect(SAMPLES[path], `${path} has no sample in tests/helpers/samples`).toBeDefined();
  });

  it('no sample is left over for a procedure that no longer exists', () => {
    expect(Object.keys(SAMPLES).filter((p) => !paths.includes(p))).toEqual([]);
  });
});

describe.each(paths)('%s', (path) => {
  const permission = () => procedures[path]!._def.meta!.permission!;
  const sample = () => SAMPLES[path]!;

  it('without a session: refused unless public', async () => {
    const code = await rolledBack(fx.db, async () =>
      codeOf(call(fx, null, path, await sample().input({ ...fx, target: fx.region.eindhoven, actor: null }))),
    );
    expect(code).toBe(permission() === 'public' ? 'OK' : 'UNAUTHORIZED');
  });

  it.each(ROLES)('as %s in the own partnership: allowed exactly when the role grants it', async (role) => {
    const actor = actors[role];
    const code = await rolledBack(fx.db, async () =>
      codeOf(call(fx, actor, path, await sample().input({ ...fx, target: fx.region.eindhoven, actor }))),
    );
    expect(code).toBe(rolesGrant([role], permission()) ? 'OK' : 'FORBIDDEN');
  });

  it.each(ROLES)("as %s on the other partnership's objects: not found, and nothing leaks", async (role) => {
    if (!rolesGrant([role], permission()) || permission() === 'public') return;
    const actor = actors[role];
    await rolledBack(fx.db, async () => {
      const input = await sample().input({ ...fx, target: fx.region.rotterdam, actor });
      let result: unknown;
      const code = await codeOf(call(fx, actor, path, input).then((r) => (result = r)));
      if (sample().other === 'notFound') expect(code).toBe('NOT_FOUND');
      else expect(code).toBe('OK');
      const text = JSON.stringify(result ?? null);
      expect(otherFingerprints.filter((f) => text.includes(f))).toEqual([]);
    });
  });
});
