import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../lib/session';

// The comparison's chart brings the charts library: loaded when the page is opened, not with the app.
const ComparePage = lazy(() => import('./compare-page').then((m) => ({ default: m.ComparePage })));

export function LazyComparePage({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p aria-busy="true">{t('state.loading')}</p>}>
      <ComparePage me={me} />
    </Suspense>
  );
}
