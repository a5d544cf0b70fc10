import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../lib/session';
import { AppHeader } from './app-header';

export function AppLayout({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#inhoud">
        {t('skipToContent')}
      </a>
      <AppHeader me={me} />
      <main id="inhoud" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">{t('footer')}</footer>
    </>
  );
}
