import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../server/auth/password';
import { newPasswordSchema } from '../../shared/schemas/auth';

describe('password hashing', () => {
  it('uses argon2id with m=19456 KiB, t=2, p=1 and a random salt', async () => {
    const a = await hashPassword('een lang genoeg wachtwoord');
    const b = await hashPassword('een lang genoeg wachtwoord');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, 'een lang genoeg wachtwoord')).toBe(true);
    expect(await verifyPassword(a, 'een lang genoeg wachtwoorD')).toBe(false);
    expect(await verifyPassword(null, 'wat dan ook')).toBe(false);
  });
});

describe('password policy', () => {
  const issue = (p: string) => newPasswordSchema.safeParse(p).error?.issues[0]?.message;
  it('asks for at least 12 characters and no composition rules', () => {
    expect(issue('kort-wacht1')).toBe('v.passwordTooShort');
    expect(issue('alleenkleineletters')).toBeUndefined();
    expect(issue('x'.repeat(257))).toBe('v.passwordTooLong');
  });
  it('refuses well-known passwords, whatever their case', () => {
    expect(issue('Wachtwoord123')).toBe('v.passwordCommon');
    expect(issue('123456789012')).toBe('v.passwordCommon');
  });
});
