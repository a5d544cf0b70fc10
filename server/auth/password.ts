import { hash, verify, type Algorithm } from '@node-rs/argon2';

/** OWASP's argon2id minimum: 19 MiB memory, 2 iterations, 1 lane. */
// 2 = Argon2id (the package exports the enum as an ambient const enum, which isolatedModules cannot read).
export const ARGON2_OPTIONS = { algorithm: 2 as Algorithm, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/**
 * New hashes are made one at a time. argon2 runs on libuv's thread pool (4 threads): 200 hashes at once
 * (a batch of accepted invitations) queued every log-in's verification behind them — 35 ms became 3.7 s.
 * One at a time leaves the other threads to log-ins; a new password is rare enough to wait its turn.
 */
let hashQueue: Promise<unknown> = Promise.resolve();
let hashesMade = 0;

/** How many new password hashes this process has made: a figure for operations and for the tests. */
export const passwordHashesMade = () => hashesMade;

/**
 * `beforeHashing` runs when this caller's turn comes, right before the hash, and may throw: work that
 * became pointless while queued (an invitation accepted meanwhile) is skipped.
 */
export function hashPassword(password: string, beforeHashing: () => void = () => undefined): Promise<string> {
  const hashed = hashQueue.then(() => {
    beforeHashing();
    hashesMade++;
    return hash(password, ARGON2_OPTIONS);
  });
  hashQueue = hashed.catch(() => undefined);
  return hashed;
}

// Verified against when the e-mail is unknown, so both paths take the same time.
const dummyHash = hash('werkplaats-dummy-password', ARGON2_OPTIONS);

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  try {
    return await verify(storedHash ?? (await dummyHash), password);
  } catch {
    return false;
  }
}
