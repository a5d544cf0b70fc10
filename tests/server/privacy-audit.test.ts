/**
 * The audit log must hold no names (docs/decisions/050-privacy.md): it is append-only, so erasure
 * cannot clean it afterwards. Proof by canary: every procedure is called with each of its text inputs
 * replaced by a made-up name; whatever the call accepts, the name must not reach the audit log.
 * New procedures join automatically (they must have a sample for the authorization matrix anyway).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../../server/trpc/app-router';
import { rolesGrant, type Permission } from '../../shared/domain/permissions';
import { ROLES, type Role } from '../../shared/domain/roles';
import type { Actor } from '../../server/auth/actor';
import { actorFor, callerAs, demoFixture, type DemoFixture } from '../helpers/demo';
import { rolledBack } from '../helpers/db';
import { SAMPLES } from '../helpers/samples';
import { DEMO_EMAIL_BY_ROLE } from '../helpers/roles';

const CANARY = 'Zwanet Kanarievogel';
const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { meta?: { permission?: Permission } } }
>;
const paths = Object.keys(procedures).sort();

/** Paths to every string in a value (objects and arrays, any depth). */
function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]));
  return [];
}

type Container = Record<string | number, unknown>;
function replaced(value: unknown, path: (string | number)[]): unknown {
  if (path.length === 0) return CANARY;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Container;
  copy[path[0]!] = replaced(copy[path[0]!], path.slice(1));
  return copy;
}

let fx: DemoFixture;
let actors: Record<Role, Actor>;
let accepted = 0;

beforeAll(async () => {
  fx = await demoFixture();
  actors = Object.fromEntries(ROLES.map((r) => [r, actorFor(fx.db, fx.clock, DEMO_EMAIL_BY_ROLE[r])])) as Record<
    Role,
    Actor
  >;
});

const leaked = () =>
  (
    fx.db.$client
      .prepare(
        "SELECT count(*) AS n FROM audit_event WHERE detail LIKE '%Kanarievogel%' OR subject_id LIKE '%Kanarievogel%' OR action LIKE '%Kanarievogel%'",
      )
      .get() as { n: number }
  ).n;

describe('free text typed into a procedure never reaches the audit log', () => {
  it.each(paths)('%s', async (path) => {
    const permission = procedures[path]!._def.meta!.permission!;
    const role = ROLES.find((r) => rolesGrant([r], permission));
    const actor = permission === 'public' || !role ? null : actors[role];
    const env = () => ({ ...fx, target: fx.region.eindhoven, actor });
    const leaves = stringPaths(await rolledBack(fx.db, () => Promise.resolve(SAMPLES[path]!.input(env()))));
    for (const leaf of leaves) {
      const found = await rolledBack(fx.db, async () => {
        const input = replaced(await SAMPLES[path]!.input(env()), leaf);
        const caller = callerAs(fx, actor) as unknown as Record<
          string,
          Record<string, (i: unknown) => Promise<unknown>>
        >;
        const [group, name] = path.split('.') as [string, string];
        await caller[group]![name]!(input).then(
          () => accepted++,
          () => undefined,
        );
        return leaked();
      });
      expect(found, `${path} put the text of ${leaf.join('.')} in the audit log`).toBe(0);
    }
  });

  it('(the canary was accepted often enough for this to mean something)', () => {
    expect(accepted).toBeGreaterThan(30);
  });
});
