import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/ui/page';
import { Button } from '../../components/ui/button';
import { loadedOnUse } from '../../components/ui/loading';

// The form and its validation (zod) load only when someone wants to change their password: the start page
// stays within the first-load budget (tests/e2e/first-load-budget.test.ts).
const ChangePasswordPanel = loadedOnUse(() => import('./change-password-panel').then((m) => m.ChangePasswordPanel));

/** "Wachtwoord wijzigen" on the start page: a button that opens the form. */
export function ChangePasswordOpener() {
  const { t } = useTranslation('auth');
  const [open, setOpen] = useState(false);
  if (open) return <ChangePasswordPanel />;
  return (
    <Section title={t('changePasswordTitle')}>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('changePassword')}…
      </Button>
    </Section>
  );
}
