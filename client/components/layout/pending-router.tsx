// React Router's BrowserRouter as it builds it (the browser's history; every change of place is a
// transition), and one thing more: whether a navigation is still on its way. During a transition the
// page one is on stays until the next page's code and texts are there (decision 106); AppLayout marks it
// busy meanwhile, so a slow school network shows that the click was taken and a screen reader hears it.
import { createContext, useContext, useLayoutEffect, useState, useTransition, type ReactNode } from 'react';
import { Router, UNSAFE_createBrowserHistory as createBrowserHistory } from 'react-router';

const NavigationPending = createContext(false);

/** True while a navigation waits for its page's code or texts. */
export const useNavigationPending = (): boolean => useContext(NavigationPending);

export function PendingRouter({ children }: { children: ReactNode }) {
  const [history] = useState(() => createBrowserHistory({ v5Compat: true }));
  const [place, setPlace] = useState({ action: history.action, location: history.location });
  const [pending, startTransition] = useTransition();
  useLayoutEffect(
    () => history.listen(({ action, location }) => startTransition(() => setPlace({ action, location }))),
    [history],
  );
  return (
    <NavigationPending.Provider value={pending}>
      <Router location={place.location} navigationType={place.action} navigator={history}>
        {children}
      </Router>
    </NavigationPending.Provider>
  );
}
