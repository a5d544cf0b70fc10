import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { like } from 'drizzle-orm';
import { users } from '../../db/schema';
import { hashPassword } from '../../server/auth/password';
import { projectRoot } from '../../server/paths';
import { testServer } from '../helpers/server';
import { jsonOf } from '../helpers/answers';

/** The real server process (server/index.ts) until it exits or says it is serving. */
function startServer(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(join(projectRoot, 'node_modules/.bin/tsx'), ['server/index.ts'], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH, PORT: '0', LOG_LEVEL: 'silent', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stdout.includes('Werkplaats draait op')) child.kill('SIGTERM');
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const freshDb = () => join(mkdtempSync(join(tmpdir(), 'werkplaats-demo-guard-')), 'werkplaats.db');

describe('the demo is never on a network by accident', () => {
  it('refuses to start with demo accounts beyond loopback or behind a proxy, unless DEMO_PUBLIC=true', async () => {
    const DATABASE_PATH = freshDb();
    const open = await startServer({ DATABASE_PATH, HOST: '0.0.0.0' });
    expect(open.code).toBe(1);
    expect(open.stdout).not.toContain('Werkplaats draait op');
    expect(open.stderr).toContain('Werkplaats start niet: de database bevat demo-accounts');
    expect(open.stderr).toContain('SEED_DEMO=false op een nieuwe database');
    expect(open.stderr).toContain('npm run setup -- --partnership');

    const proxied = await startServer({ DATABASE_PATH, HOST: '127.0.0.1', TRUST_PROXY: 'true' });
    expect(proxied.code).toBe(1);
    expect(proxied.stderr).toContain('TRUST_PROXY');

    const meant = await startServer({ DATABASE_PATH, HOST: '0.0.0.0', DEMO_PUBLIC: 'true' });
    expect(meant.stdout).toContain('Werkplaats draait op http://0.0.0.0:');
    const local = await startServer({ DATABASE_PATH, HOST: '127.0.0.1' });
    expect(local.stdout).toContain('Werkplaats draait op http://127.0.0.1:');
  }, 240_000);

  it('starts beyond loopback on a new database without the demo', async () => {
    const clean = await startServer({ DATABASE_PATH: freshDb(), HOST: '0.0.0.0', SEED_DEMO: 'false' });
    expect(clean.stderr).toBe('');
    expect(clean.stdout).toContain('Werkplaats draait op http://0.0.0.0:');
  }, 120_000);

  it('tells the header "demo" while demo accounts open with the demo password, and not after', async () => {
    const s = await testServer();
    const options = async () => jsonOf<unknown>(await s.app.inject({ method: 'GET', url: '/auth/options' }));
    expect(await options()).toEqual({ oidcLabel: null, demo: true });
    const otherHash = await hashPassword('een ander wachtwoord dan de demo');
    s.db.update(users).set({ passwordHash: otherHash }).where(like(users.email, '%.demo')).run();
    expect(await options()).toEqual({ oidcLabel: null, demo: false });
  });
});
