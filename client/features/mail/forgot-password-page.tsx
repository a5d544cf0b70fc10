import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Notice } from '../../components/ui/notice';
import { PageHeader } from '../../components/ui/page';
import { requestReset } from './password-api';

/** "Wachtwoord vergeten?": the same answer whether the address is known or not. */
export function ForgotPasswordPage() {
  const { t } = useTranslation('mail');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const answer = await requestReset(email);
    setBusy(false);
    if (answer.ok) setSent(true);
    else setError(answer.fieldErrors.email ?? answer.message);
  }

  return (
    <div className="auth-page">
      <main id="inhoud" className="auth-card">
        <PageHeader title={t('forgot.title')} intro={t('forgot.intro')} />
        {sent ? (
          <Notice kind="success">{t('forgot.sent')}</Notice>
        ) : (
          <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('forgot.title')}>
            <Field label={t('forgot.email')} error={error ?? undefined}>
              {(aria) => (
                <input
                  {...aria}
                  type="email"
                  autoComplete="username"
                  value={email}
                  onChange={(e) => setEmail(e.target.value)}
                />
              )}
            </Field>
            <Button type="submit" disabled={busy}>
              {t('forgot.send')}
            </Button>
          </form>
        )}
        <p>
          <Link to="/">{t('backToLogin')}</Link>
        </p>
      </main>
    </div>
  );
}
