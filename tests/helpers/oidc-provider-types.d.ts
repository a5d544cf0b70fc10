// oidc-provider ships no types; only the part the test provider uses is declared (tests/helpers/oidc-provider.ts).
declare module 'oidc-provider' {
  import type { Server } from 'node:http';
  interface Account {
    accountId: string;
    claims: () => Record<string, unknown>;
  }
  export interface ProviderConfiguration {
    clients: Record<string, unknown>[];
    claims: Record<string, string[]>;
    findAccount: (ctx: unknown, id: string) => Account | Promise<Account>;
    features: Record<string, unknown>;
    cookies: { keys: string[] };
  }
  export default class Provider {
    constructor(issuer: string, configuration: ProviderConfiguration);
    listen(port: number, host: string): Server;
  }
}
