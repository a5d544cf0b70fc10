import type { FastifyInstance } from 'fastify';
import * as client from 'openid-client';
import type { Db } from '../../db/client';
import type { Clock } from '../clock';
import type { OidcSettings } from '../env';
import { openSession } from '../auth/login';
import { accountForVerifiedEmail } from '../features/people/public';
import { emailSchema } from '../../shared/schemas/auth';
import { readSessionToken, setPendingLoginCookie, setSessionCookie, takePendingLoginCookie } from './cookies';
import { lazyConfiguration, PENDING_LOGIN_MS, PendingLogins } from './oidc-client';
import { sendOidcProblem, type OidcProblem } from './oidc-pages';

/** Where the provider did not answer at all, as opposed to answering with something we refuse. */
const unreachable = (error: unknown) =>
  error instanceof TypeError ||
  (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) ||
  (error instanceof client.ClientError && error.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM');

/**
 * Log in with SURFconext (any OpenID Connect provider) through openid-client: authorization code flow
 * with PKCE, state and nonce. The callback accepts a person only by the e-mail address in the verified
 * ID token (or the userinfo of its subject), and only for an existing account or an open invitation.
 */
export function registerOidcRoutes(
  app: FastifyInstance,
  opts: { db: Db; clock: Clock; settings: OidcSettings; publicUrl: string },
): void {
  const { db, clock, settings } = opts;
  const configuration = lazyConfiguration(settings);
  const pending = new PendingLogins(clock);
  const redirectUri = `${opts.publicUrl}/auth/oidc/callback`;
  const label = settings.label;

  app.get('/auth/oidc/start', async (req, reply) => {
    let config: client.Configuration;
    try {
      config = await configuration();
    } catch {
      return sendOidcProblem(req, reply, 503, 'providerDown', { label });
    }
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    setPendingLoginCookie(req, reply, pending.add({ codeVerifier, state, nonce }), PENDING_LOGIN_MS);
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return reply.redirect(url.href, 303);
  });

  app.get('/auth/oidc/callback', async (req, reply) => {
    const problem = (status: number, kind: OidcProblem, email?: string) =>
      sendOidcProblem(req, reply, status, kind, { label, email });
    const id = takePendingLoginCookie(req, reply);
    const login = id === undefined ? undefined : pending.take(id);
    if (!login) return problem(400, 'expired');
    const query = new URL(req.url, opts.publicUrl).searchParams;
    if (query.has('error')) return problem(400, 'refused');
    let email: string;
    try {
      const config = await configuration();
      // The URL the provider sent the browser to, on the address users reach (behind a proxy too).
      const tokens = await client.authorizationCodeGrant(config, new URL(`${redirectUri}?${query.toString()}`), {
        pkceCodeVerifier: login.codeVerifier,
        expectedState: login.state,
        expectedNonce: login.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims()!;
      const info =
        typeof claims.email === 'string' ? claims : await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      const parsed = emailSchema.safeParse(info.email);
      if (!parsed.success || info.email_verified === false) return problem(403, 'noEmail');
      email = parsed.data;
    } catch (error) {
      req.log.warn({ err: error, reqId: req.id }, 'OpenID Connect callback refused');
      return unreachable(error) ? problem(503, 'providerDown') : problem(400, 'failed');
    }
    const account = accountForVerifiedEmail(db, clock, email);
    if (account.kind === 'unknown') return problem(403, 'unknown', email);
    const opened = openSession(db, clock, account.userId, {
      ip: req.ip,
      previousToken: readSessionToken(req),
      method: 'oidc',
    });
    if (opened.kind !== 'ok') return problem(403, 'unknown', email);
    setSessionCookie(req, reply, opened.token);
    return reply.redirect('/', 303);
  });
}
