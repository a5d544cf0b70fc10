import { NavLink, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { trpc } from '../../lib/trpc';
import { can, type Me } from '../../lib/session';
import { logout, useAuthOptions } from '../../lib/auth-api';
import { changeLanguage, currentLanguage } from '../../i18n';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { Button } from '../ui/button';
import { MAIN_NAV } from './nav-items';

export function AppHeader({ me }: { me: Me }) {
  const items = MAIN_NAV.filter((item) => can(me, item.permission));
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const switchPartnership = trpc.session.switchPartnership.useMutation({
    onSuccess: async () => {
      queryClient.clear();
      await navigate('/');
    },
  });
  const setLanguage = trpc.session.setLanguage.useMutation();
  const demo = useAuthOptions().data?.demo ?? false;

  async function onLanguage(lang: Language) {
    await changeLanguage(lang);
    // Kept with the account before anything is fetched again (the person's language wins over the cookie).
    await setLanguage.mutateAsync({ locale: lang });
    // Server-made messages (validation, errors) follow the language cookie: fetch them again.
    await queryClient.invalidateQueries();
  }

  async function onLogout() {
    await logout();
    queryClient.clear();
    await navigate('/');
    window.location.reload();
  }

  return (
    <header className="app-header">
      <div className="header-top">
        <NavLink to="/" className="brand">
          <span aria-hidden="true" className="brand-mark">
            W
          </span>
          <span>{t('appName')}</span>
        </NavLink>
        {demo && (
          <strong className="demo-marker" title={t('header.demoTitle')}>
            {t('header.demo')}
          </strong>
        )}
        <div className="header-tools">
          {me.partnerships.length > 1 ? (
            <label className="inline-field">
              <span>{t('header.partnership')}</span>
              <select
                value={me.partnership.id}
                onChange={(e) => switchPartnership.mutate({ partnershipId: Number(e.target.value) })}
              >
                {me.partnerships.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <span className="partnership-name">{me.partnership.name}</span>
          )}
          <label className="inline-field">
            <span>{t('header.language')}</span>
            <select value={currentLanguage()} onChange={(e) => void onLanguage(e.target.value as Language)}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`languages.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <span
            className="user-name"
            title={t('header.roles', { roles: me.roles.map((r) => t(`roles.${r}`)).join(', ') })}
          >
            {me.user.name}
          </span>
          <Button variant="secondary" onClick={() => void onLogout()}>
            {t('header.logout')}
          </Button>
        </div>
      </div>
      <nav aria-label={t('nav.label')} className="main-nav">
        <ul>
          {items.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.to === '/'}>
                {t(item.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
