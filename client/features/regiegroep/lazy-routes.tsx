import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../lib/session';

// The charts library is loaded with the regiegroep's pages only, not with every other page.
const Routes = lazy(() => import('./regiegroep-routes').then((m) => ({ default: m.RegiegroepRoutes })));

export function RegiegroepRoutes({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p aria-busy="true">{t('state.loading')}</p>}>
      <Routes me={me} />
    </Suspense>
  );
}
