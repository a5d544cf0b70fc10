import type { Db } from '../../../db/client';
import type { DemoPartnershipIds, DemoRegion } from '../../../server/seed/seed-core';
import type { fakeClock } from '../../../server/clock';
import type { Actor } from '../../../server/auth/actor';

export interface SampleEnv {
  db: Db;
  clock: ReturnType<typeof fakeClock>;
  region: DemoRegion;
  /** The partnership whose objects the input refers to (own = the actor's, other = the other one). */
  target: DemoPartnershipIds;
  /** The acting person (null: no session). */
  actor: Actor | null;
}

/**
 * A valid input for one procedure. `other` says what must happen when the input refers to another
 * partnership's objects: "notFound", or "noLeak" (succeeds but shows nothing of the other
 * partnership), or "n/a" (the input names no object), or "byToken" (a public procedure whose token is the
 * capability: it answers about the token's partnership, the same with any session or none).
 */
export interface Sample {
  /** The input, or a promise of it. */
  input: (env: SampleEnv) => unknown;
  other: 'notFound' | 'noLeak' | 'n/a' | 'byToken';
  /** The input creates rows (a fresh entry, an invitation): the matrix then runs even a query rolled back. */
  writes?: true;
}
export type Samples = Record<string, Sample>;
