import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { trpc, createTrpcClient, isUnauthorized } from './lib/trpc';
import { initI18n } from './i18n';
import { App } from './app';
import './styles.css';

function Root() {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          // A call refused for a lapsed session sends the person back to the login page.
          queries: { retry: (count, error) => !isUnauthorized(error) && count < 2, refetchOnWindowFocus: true },
        },
      }),
  );
  const [trpcClient] = useState(createTrpcClient);
  queryClient.getQueryCache().config.onError = (error) => {
    if (isUnauthorized(error)) void queryClient.invalidateQueries({ queryKey: [['session', 'me']] });
  };
  return (
    <trpc.Provider client={trpcClient} queryClient={queryClient}>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </trpc.Provider>
  );
}

void initI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
});
