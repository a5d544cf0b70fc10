import { like } from 'drizzle-orm';
import { users } from '../db/schema';
import type { Db } from '../db/client';
import { verifyPassword } from './auth/password';
import { DEMO_PASSWORD } from './seed/demo-data';

// A stored hash either matches the demo password or not, for good: each is verified once (argon2 is slow).
const verdictByHash = new Map<string, Promise<boolean>>();

/** Do demo accounts (the seed's *.demo addresses) still open with the demo password printed in the README? */
export async function demoAccountsActive(db: Db): Promise<boolean> {
  const hashes = db
    .selectDistinct({ hash: users.passwordHash })
    .from(users)
    .where(like(users.email, '%.demo'))
    .all()
    .flatMap((r) => (r.hash === null ? [] : [r.hash]));
  for (const hash of hashes) {
    let verdict = verdictByHash.get(hash);
    if (!verdict) verdictByHash.set(hash, (verdict = verifyPassword(hash, DEMO_PASSWORD)));
    if (await verdict) return true;
  }
  return false;
}

export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
}

/**
 * Why the server must not start: demo accounts with a published password, reachable beyond this machine
 * (HOST not loopback, or behind a proxy — any TRUST_PROXY other than false), unless DEMO_PUBLIC=true.
 */
export function demoRefusal(
  env: { HOST: string; TRUST_PROXY: unknown; DEMO_PUBLIC: boolean },
  demoActive: boolean,
): string | null {
  const exposed = !isLoopback(env.HOST) || (env.TRUST_PROXY !== false && env.TRUST_PROXY !== 'false');
  if (!demoActive || !exposed || env.DEMO_PUBLIC) return null;
  return [
    'Werkplaats start niet: de database bevat demo-accounts met het openbare demo-wachtwoord, en de server',
    `is bereikbaar buiten deze machine (HOST=${env.HOST}${env.TRUST_PROXY !== false ? ', TRUST_PROXY' : ''}).`,
    'Schoon beginnen: start met SEED_DEMO=false op een nieuwe database (DATABASE_PATH) en maak het',
    'samenwerkingsverband met npm run setup -- --partnership "<naam>" --admin-email <e-mailadres> --admin-name "<naam>".',
    'Wil je de demo bewust openbaar tonen, zet dan DEMO_PUBLIC=true.',
  ].join('\n');
}
