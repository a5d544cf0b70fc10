import type { Db } from '../../db/client';
import type { Clock } from '../clock';
import { partnerships } from '../../db/schema';
import { hashPassword } from '../auth/password';
import { DEMO_PARTNERSHIPS, DEMO_PASSWORD, DEMO_SHARED_ACCOUNT } from './demo-data';
import { seedCore, type DemoRegion } from './seed-core';
import { FEATURE_SEEDS } from './feature-seeds';

/** Seeds the demo region when the database has no partnership yet. Returns whether it did. */
export async function seedDemoIfEmpty(db: Db, clock: Clock): Promise<boolean> {
  if (db.select({ id: partnerships.id }).from(partnerships).limit(1).get()) return false;
  await seedDemo(db, clock);
  return true;
}

export async function seedDemo(db: Db, clock: Clock): Promise<DemoRegion> {
  // One hash for all demo accounts: hashing is deliberately slow, and they share the password anyway.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction((tx) => {
    const region = seedCore(tx as unknown as Db, clock, DEMO_PARTNERSHIPS, DEMO_SHARED_ACCOUNT, passwordHash);
    for (const seed of FEATURE_SEEDS) seed(tx as unknown as Db, clock, region);
    return region;
  });
}
