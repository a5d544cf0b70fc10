import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../client/i18n';
import { showHours } from '../../client/lib/format';
import { showHours as mentorTeamHours } from '../../client/features/mentor-teams/format';
import { showHours as regiegroepHours } from '../../client/features/regiegroep/format';

describe('showHours: one rounding rule for every screen', () => {
  it('shows at most two decimals with a decimal comma, without trailing zeros', () => {
    expect(showHours(2)).toBe('2');
    expect(showHours(1.5)).toBe('1,5');
    expect(showHours(0.25)).toBe('0,25');
    expect(showHours(1.234)).toBe('1,23');
    expect(showHours(0.125)).toBe('0,13');
    expect(showHours(1234.5)).toBe('1.234,5');
  });

  it('uses a decimal point in English', async () => {
    await changeLanguage('en');
    expect(showHours(1.5)).toBe('1.5');
    expect(showHours(1234.75)).toBe('1,234.75');
  });

  it('is the same function on the mentor-team and regiegroep screens', () => {
    expect(mentorTeamHours).toBe(showHours);
    expect(regiegroepHours).toBe(showHours);
  });
});
