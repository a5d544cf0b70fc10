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
  it('fails fast with a readable message', () => {
    expect(() => readEnv({ PORT: 'tachtig', SEED_DEMO: 'misschien' })).toThrow(
      /Invalid environment:\n {2}PORT: .*\n {2}SEED_DEMO/,
    );
  });
});
