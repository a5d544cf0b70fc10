import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { login, useAuthOptions } from '../../lib/auth-api';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Notice } from '../../components/ui/notice';
import { PageHeader } from '../../components/ui/page';
import { LanguageSwitch } from './language-switch';

export function LoginPage() {
  const { t } = useTranslation('auth');
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const options = useAuthOptions().data;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError(t('fillBoth'));
      return;
    }
    setBusy(true);
    const result = await login(email, password);
    setBusy(false);
    if (result.ok) {
      await queryClient.invalidateQueries();
      return;
    }
    setError(result.message);
  }

  return (
    <div className="auth-page">
      <main id="inhoud" className="auth-card">
        <LanguageSwitch />
        <PageHeader title={t('loginTitle')} intro={t('loginIntro')} />
        {error && <Notice kind="error">{error}</Notice>}
        {options?.oidcLabel && (
          <p className="oidc-login">
            {/* A full page load: the browser goes to the provider and comes back. */}
            <a className="btn btn-primary" href="/auth/oidc/start">
              {t('loginWith', { label: options.oidcLabel })}
            </a>
          </p>
        )}
        <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('loginTitle')}>
          <Field label={t('email')}>
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
          <Field label={t('password')}>
            {(aria) => (
              <input
                {...aria}
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </Field>
          <Button type="submit" disabled={busy}>
            {busy ? t('loggingIn') : t('login')}
          </Button>
        </form>
        <p>
          <Link to="/wachtwoord-vergeten">{t('forgotLink')}</Link>
        </p>
        {options?.demo && <p className="hint">{t('demoHint')}</p>}
      </main>
    </div>
  );
}
