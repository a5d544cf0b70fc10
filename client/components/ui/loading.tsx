import { lazy, Suspense, useEffect, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';

/** "Laden…", announced as busy: while data or a part of the app is on its way. */
export function Loading() {
  const { t } = useTranslation();
  return <p aria-busy="true">{t('state.loading')}</p>;
}

/**
 * A part of a page whose code is loaded when it is first shown (a panel, a chart): "Laden…" in its place
 * meanwhile, the rest of the page stays.
 */
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

/**
 * A page (a route's element) whose code is loaded when it is first visited. No Suspense boundary of its
 * own: a navigation is a transition (React Router's BrowserRouter wraps it in startTransition), so the page
 * one is on stays until the new page's code and texts are there, and the new page then appears at once. A
 * boundary of its own showed "Laden…" first, and React keeps a fallback it has shown for at least 300 ms:
 * every first visit of a page took 300 ms longer than its code did. The layout's boundary (AppLayout) is
 * what shows "Laden…" on the app's first load of a page (decision 106).
 */
export function pageLoadedOnUse<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(() => load().then((component) => ({ default: component })));
}

/**
 * A part's code (`load` at module level, so it stays the same function), fetched when the page first
 * renders, beside the page's data: null until it is there. No Suspense boundary: a lazy part inside the
 * data's content asked for its code only once the data had come, and React then kept the boundary's
 * "Laden…" for at least 300 ms (decision 108). A failed fetch is thrown while rendering, as React.lazy would.
 */
export function usePartCode<T>(load: () => Promise<T>): T | null {
  const [code, setCode] = useState<{ value: T } | { error: unknown } | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setCode({ value }),
      (error: unknown) => live && setCode({ error }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  if (code && 'error' in code) throw code.error;
  return code ? code.value : null;
}
