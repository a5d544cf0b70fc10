import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../db/client';
import { invites, partnerships } from '../../db/schema';
import { hashToken } from '../../server/auth/tokens';
import { runSetup } from '../helpers/setup-command';

const args = (partnership: string, email: string, name: string) => [
  '--partnership',
  partnership,
  '--admin-email',
  email,
  '--admin-name',
  name,
];
const LINK =
  /^Samenwerkingsverband "Samen Opleiden Zeeland" is aangemaakt\. Anna de Vries kiest binnen 7 dagen een wachtwoord via https:\/\/werkplaats\.example\.nl\/uitnodiging\/([A-Za-z0-9_-]{43})\n$/;

function counts(path: string) {
  const db = openDb(path);
  try {
    return {
      partnerships: db.select().from(partnerships).all().length,
      invites: db.select().from(invites).all().length,
    };
  } finally {
    db.$client.close();
  }
}

describe('npm run setup', () => {
  it('makes a partnership and its first beheerder on an empty database, then refuses bad or duplicate input', async () => {
    const DATABASE_PATH = join(mkdtempSync(join(tmpdir(), 'werkplaats-setup-')), 'nieuw', 'werkplaats.db');
    const env = { DATABASE_PATH, PUBLIC_URL: 'https://werkplaats.example.nl/' };
    const before = Date.now();
    const ok = await runSetup(args('Samen Opleiden Zeeland', 'Anna@Example.org', 'Anna de Vries'), env);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    const token = ok.stdout.match(LINK)?.[1];
    expect(token, ok.stdout).toBeDefined();

    const db = openDb(DATABASE_PATH);
    const partnership = db.select().from(partnerships).all();
    expect(partnership.map((p) => p.name)).toEqual(['Samen Opleiden Zeeland']);
    const invite = db.select().from(invites).all();
    expect(invite).toHaveLength(1);
    expect(invite[0]).toMatchObject({
      partnershipId: partnership[0]!.id,
      email: 'anna@example.org',
      name: 'Anna de Vries',
      role: 'beheerder',
      createdBy: null,
      acceptedAt: null,
      tokenHash: hashToken(token!),
    });
    const week = 7 * 24 * 60 * 60_000;
    expect(invite[0]!.expiresAt - invite[0]!.createdAt).toBe(week);
    expect(invite[0]!.createdAt).toBeGreaterThanOrEqual(before);
    db.$client.close();

    const duplicate = await runSetup(args('samen opleiden ZEELAND', 'piet@example.org', 'Piet'), env);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stdout).toBe('');
    expect(duplicate.stderr).toBe('setup mislukt: er bestaat al een samenwerkingsverband "samen opleiden ZEELAND"\n');

    const bad = await runSetup(args('Regio Noord', 'geen-adres', ''), env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--admin-email: Vul een geldig e-mailadres in.');
    expect(bad.stderr).toContain('--admin-name: te kort (minstens 2 tekens)');

    const missing = await runSetup(['--partnership', 'Regio Noord'], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--admin-email: Vul een geldig e-mailadres in.');

    expect(counts(DATABASE_PATH)).toEqual({ partnerships: 1, invites: 1 });
  }, 240_000);
});
