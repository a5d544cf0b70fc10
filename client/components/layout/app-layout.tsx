import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../lib/session';
import { AppHeader } from './app-header';
import { Loading } from '../ui/loading';
import { useNavigationPending } from './pending-router';

export function AppLayout({ me }: { me: Me }) {
  const { t } = useTranslation();
  const pending = useNavigationPending();
  return (
    <>
      <a className="skip-link" href="#inhoud">
        {t('skipToContent')}
      </a>
      <AppHeader me={me} />
      <main id="inhoud" tabIndex={-1} aria-busy={pending || undefined}>
        {/* the app's first load of a page; later navigations keep the page until the next one is ready */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">{t('footer')}</footer>
    </>
  );
}
