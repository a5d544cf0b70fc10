import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../server/app';
import { createTestDb } from '../helpers/db';
import { precompress } from '../../scripts/build/precompress';

/** A built client in miniature: the shell, a hashed script with its compressed copies, and the manifest. */
function builtClient(): { dir: string; script: string } {
  const dir = mkdtempSync(join(tmpdir(), 'werkplaats-client-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, '.vite'));
  const script = `console.log(${JSON.stringify('werkplaats '.repeat(200))});\n`;
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="nl"><body>${'<div></div>'.repeat(50)}</body></html>`,
  );
  writeFileSync(join(dir, 'assets', 'index-Bx7kQ2aZ.js'), script);
  writeFileSync(join(dir, '.vite', 'manifest.json'), '{}');
  precompress(dir);
  return { dir, script };
}

describe('the built client as the web expects it', () => {
  let app: FastifyInstance;
  const client = builtClient();
  beforeAll(async () => {
    app = await buildServer({ db: createTestDb(), clientDir: client.dir });
  });
  afterAll(() => app.close());

  it('sends the brotli copy of a script to a browser that accepts it, cached for a year', async () => {
    const res = await app.inject({
      url: '/assets/index-Bx7kQ2aZ.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(client.script);
  });

  it('sends the gzip copy where brotli is not accepted, and the plain file where nothing is', async () => {
    const gz = await app.inject({ url: '/assets/index-Bx7kQ2aZ.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(client.script);
    const plain = await app.inject({ url: '/assets/index-Bx7kQ2aZ.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(client.script);
  });

  it('revalidates the app shell on every visit, also where a client route serves it', async () => {
    for (const url of ['/index.html', '/plaatsingen/3']) {
      const res = await app.inject({ url, headers: { 'accept-encoding': 'gzip, br' } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-type']).toMatch(/text\/html/);
    }
  });

  it('serves no build manifest and no source map to anyone', async () => {
    expect((await app.inject({ url: '/.vite/manifest.json' })).headers['content-type']).toMatch(/text\/html/);
    const map = await app.inject({ url: '/assets/index-Bx7kQ2aZ.js.map' });
    expect(map.headers['content-type']).toMatch(/text\/html/);
  });
});
