import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Notice } from '../../components/ui/notice';
import { PageHeader } from '../../components/ui/page';
import { resetPassword } from './password-api';

/** Where the reset mail's link lands: a new password, then log in with it (every old session has ended). */
export function ResetPasswordPage() {
  const { t } = useTranslation('mail');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const answer = await resetPassword(token, password);
    setBusy(false);
    if (answer.ok) {
      setDone(true);
      return;
    }
    setFieldError(answer.fieldErrors.password ?? null);
    setError(answer.fieldErrors.password ? null : (answer.fieldErrors.token ?? answer.message));
  }

  return (
    <div className="auth-page">
      <main id="inhoud" className="auth-card">
        <PageHeader title={t('reset.title')} />
        {done ? (
          <Notice kind="success">
            {t('reset.done')} <Link to="/">{t('reset.login')}</Link>
          </Notice>
        ) : (
          <>
            {error && (
              <Notice kind="error">
                {error} <Link to="/wachtwoord-vergeten">{t('reset.askAgain')}</Link>
              </Notice>
            )}
            <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('reset.title')}>
              <Field label={t('reset.password')} hint={t('reset.hint')} error={fieldError ?? undefined}>
                {(aria) => (
                  <input
                    {...aria}
                    type="password"
                    autoComplete="new-password"
                    value={password}
                    onChange={(e) => setPassword(e.target.value)}
                  />
                )}
              </Field>
              <Button type="submit" disabled={busy}>
                {t('reset.save')}
              </Button>
            </form>
          </>
        )}
      </main>
    </div>
  );
}
