import { describe, expect, it } from 'vitest';
import { readEnv } from '../../server/env';

describe('environment', () => {
  it('has the documented defaults', () => {
    const env = readEnv({});
    expect(env).toMatchObject({
      PORT: 3000,
      HOST: 'localhost',
      DATABASE_PATH: './data/werkplaats.db',
      SEED_DEMO: true,
      TRUST_PROXY: false,
    });
  });
  it('reads SEED_DEMO=false and a port', () => {
    expect(readEnv({ SEED_DEMO: 'false', PORT: '8080' })).toMatchObject({ SEED_DEMO: false, PORT: 8080 });
  });
  it('keeps the read caches on unless READ_CACHE=off, and refuses anything else', () => {
    expect(readEnv({}).READ_CACHE).toBe('on');
    expect(readEnv({ READ_CACHE: 'off' }).READ_CACHE).toBe('off');
    expect(() => readEnv({ READ_CACHE: 'uit' })).toThrow(/READ_CACHE/);
  });
  it('fails fast with a readable message', () => {
    expect(() => readEnv({ PORT: 'tachtig', SEED_DEMO: 'misschien' })).toThrow(
      /Invalid environment:\n {2}PORT: .*\n {2}SEED_DEMO/,
    );
  });
  it('PUBLIC_URL defaults to localhost on the port; SMTP_URL must be smtp:// or smtps://', () => {
    expect(readEnv({ PORT: '8080' })).toMatchObject({ PUBLIC_URL: 'http://localhost:8080' });
    expect(readEnv({}).SMTP_URL).toBeUndefined();
    expect(readEnv({ PUBLIC_URL: 'https://werkplaats.example/' }).PUBLIC_URL).toBe('https://werkplaats.example');
    expect(readEnv({ SMTP_URL: 'smtps://u:p@mail.example:465' }).SMTP_URL).toBe('smtps://u:p@mail.example:465');
    expect(() => readEnv({ SMTP_URL: 'http://mail.example' })).toThrow(/SMTP_URL/);
  });
});

describe('going live settings', () => {
  it('defaults PUBLIC_URL to localhost on the port, without OpenID Connect and without DEMO_PUBLIC', () => {
    expect(readEnv({ PORT: '8080' })).toMatchObject({
      PUBLIC_URL: 'http://localhost:8080',
      OIDC: null,
      DEMO_PUBLIC: false,
    });
  });
  it('reads the OpenID Connect client with its label, and PUBLIC_URL without a trailing slash', () => {
    const env = readEnv({
      PUBLIC_URL: 'https://werkplaats.example.nl/',
      OIDC_ISSUER: 'https://connect.surfconext.nl',
      OIDC_CLIENT_ID: 'werkplaats',
      OIDC_CLIENT_SECRET: 'geheim',
    });
    expect(env.PUBLIC_URL).toBe('https://werkplaats.example.nl');
    expect(env.OIDC).toEqual({
      issuer: 'https://connect.surfconext.nl',
      clientId: 'werkplaats',
      clientSecret: 'geheim',
      label: 'SURFconext',
    });
  });
  it('refuses half an OpenID Connect configuration', () => {
    expect(() => readEnv({ OIDC_ISSUER: 'https://connect.surfconext.nl' })).toThrow(/OIDC_ISSUER: set OIDC_ISSUER/);
  });
});
