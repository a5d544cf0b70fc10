import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { Notice } from './notice';
import { Loading } from './loading';

interface QueryLike<T> {
  data: T | undefined;
  isLoading: boolean;
  error: unknown;
  refetch: () => unknown;
}

/** Loading, error and empty states in one place, so every screen handles them the same way. */
export function QueryState<T>({
  query,
  empty,
  children,
}: {
  query: QueryLike<T>;
  empty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isLoading) return <Loading />;
  if (query.error || query.data === undefined) {
    return (
      <Notice kind="error">
        {query.error instanceof Error ? query.error.message : t('state.error')}{' '}
        <Button variant="link" onClick={() => query.refetch()}>
          {t('state.retry')}
        </Button>
      </Notice>
    );
  }
  if (empty?.(query.data)) return <p className="empty">{t('state.empty')}</p>;
  return <>{children(query.data)}</>;
}
