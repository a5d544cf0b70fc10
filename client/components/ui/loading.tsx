import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

/** "Laden…", announced as busy: while data or a part of the app is on its way. */
export function Loading() {
  const { t } = useTranslation();
  return <p aria-busy="true">{t('state.loading')}</p>;
}

/** A component whose code is loaded when it is first shown (a part of the app with heavy libraries). */
export function loadedOnUse<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  return function LoadedOnUse(props: P) {
    return (
      <Suspense fallback={<Loading />}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}
