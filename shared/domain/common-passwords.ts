/**
 * Passwords of 12+ characters that appear at the top of breach lists (NIST 800-63B asks to refuse
 * them). Compared lower-case. Short on purpose: length does most of the work.
 */
export const COMMON_PASSWORDS = new Set([
  '123456789012', '1234567890123', '12345678901234', '123456789012345', '1234567890qwerty',
  'qwertyuiopasdf', 'qwertyuiop123', 'qwerty123456', 'qwerty1234567', '1q2w3e4r5t6y', '1q2w3e4r5t6y7u',
  'password1234', 'password12345', 'passwordpassword', 'wachtwoord123', 'wachtwoord1234',
  'welkom123456', 'welkomwelkom', 'iloveyou1234', 'aaaaaaaaaaaa', '111111111111', '000000000000',
  'abcdefghijkl', 'abc123abc123', 'letmein12345', 'administrator', 'adminadmin123', 'werkplaats123',
  'werkplaats2026', 'zomer2026zomer', 'voorjaar2026', 'winter2026!!', 'football1234', 'baseball1234',
  'sunshine1234', 'princess1234', 'monkey123456', 'dragon123456', 'changeme1234', 'trustno1trustno1',
]);
