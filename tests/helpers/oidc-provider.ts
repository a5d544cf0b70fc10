import type { Server } from 'node:http';
import Provider from 'oidc-provider';
import { freePort } from './free-port';

export const TEST_CLIENT = { clientId: 'werkplaats', clientSecret: 'een-geheim-alleen-voor-tests' };

export interface TestProvider {
  issuer: string;
  close: () => Promise<void>;
}

/**
 * A real OpenID Connect provider (panva's oidc-provider) on 127.0.0.1, standing in for SURFconext. Its
 * development login page takes any login: what is typed becomes the account, whose e-mail claim it is.
 */
export async function startTestProvider(redirectUri: string): Promise<TestProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT.clientId,
        client_secret: TEST_CLIENT.clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({ sub: id, email: id, email_verified: true, name: id }),
    }),
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['sleutel-alleen-voor-tests'] },
  });
  const server: Server = provider.listen(port, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return {
    issuer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
