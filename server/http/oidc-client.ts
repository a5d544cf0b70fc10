import * as client from 'openid-client';
import type { OidcSettings } from '../env';
import type { Clock } from '../clock';
import { newToken } from '../auth/tokens';
import { isLoopback } from '../demo-guard';

/**
 * The provider's configuration, discovered on first use (not at start-up: a provider that is down must
 * not keep Werkplaats from starting) and kept once found. Plain http is allowed only for a provider on
 * this machine (the tests' own provider); anything else must be https.
 */
export function lazyConfiguration(settings: OidcSettings): () => Promise<client.Configuration> {
  let found: Promise<client.Configuration> | null = null;
  return () => {
    if (!found) {
      const issuer = new URL(settings.issuer);
      const local = issuer.protocol === 'http:' && isLoopback(issuer.hostname);
      found = client
        .discovery(issuer, settings.clientId, undefined, client.ClientSecretBasic(settings.clientSecret), {
          execute: local ? [client.allowInsecureRequests] : [],
          timeout: 10,
        })
        .catch((error: unknown) => {
          found = null;
          throw error;
        });
    }
    return found;
  };
}

export interface PendingLogin {
  codeVerifier: string;
  state: string;
  nonce: string;
  expiresAt: number;
}

export const PENDING_LOGIN_MS = 10 * 60_000;
const MAX_PENDING = 10_000;

/**
 * Logins on their way through the provider, kept here on the server under a random id that a short-lived
 * cookie carries; each is taken out once. Lost on a restart, which only means logging in again.
 */
export class PendingLogins {
  private readonly byId = new Map<string, PendingLogin>();
  constructor(private readonly clock: Clock) {}

  add(login: Omit<PendingLogin, 'expiresAt'>): string {
    const now = this.clock.now();
    for (const [id, p] of this.byId) if (p.expiresAt <= now || this.byId.size >= MAX_PENDING) this.byId.delete(id);
    const id = newToken();
    this.byId.set(id, { ...login, expiresAt: now + PENDING_LOGIN_MS });
    return id;
  }

  take(id: string): PendingLogin | undefined {
    const login = this.byId.get(id);
    this.byId.delete(id);
    return login && login.expiresAt > this.clock.now() ? login : undefined;
  }
}
