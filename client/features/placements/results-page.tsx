import { useDeferredValue, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { keepPreviousData } from '@tanstack/react-query';
import { trpc } from '../../lib/trpc';
import { can, type Me } from '../../lib/session';
import { Button } from '../../components/ui/button';
import { DataTable } from '../../components/ui/data-table';
import { QueryState } from '../../components/ui/query-state';
import { useActionStatus, useDayList, useRankText } from './placements-ui';
import { useRoundOutlet } from './round-layout';

const PAGE_SIZE = 50;

/**
 * Every student of the round: where, with whom, which days, which choice — and why, one click further.
 * A page at a time (a round can hold thousands of students), with search and the unplaced filter on
 * the server; the previous page stays on screen while the next one loads.
 */
export function ResultsPage({ me }: { me: Me }) {
  const { t } = useTranslation('placements');
  const { round } = useRoundOutlet();
  const utils = trpc.useUtils();
  const [onlyUnplaced, setOnlyUnplaced] = useState(false);
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const deferredSearch = useDeferredValue(search);
  const query = trpc.placements.resultsPage.useQuery(
    { roundId: round.id, page, pageSize: PAGE_SIZE, onlyUnplaced, search: deferredSearch },
    { placeholderData: keepPreviousData },
  );
  const lock = trpc.placements.setLocked.useMutation({ onSuccess: () => utils.placements.invalidate() });
  const status = useActionStatus();
  const dayList = useDayList();
  const rankText = useRankText();
  const manage = can(me, 'placements.manage');

  return (
    <>
      <h2>{t('results.title')}</h2>
      {status.view}
      <div className="toolbar" role="search">
        <label className="inline-field">
          <span>{t('common:actions.search')}</span>
          <input
            type="search"
            value={search}
            maxLength={100}
            placeholder={t('results.searchPlaceholder')}
            onChange={(e) => (setSearch(e.target.value), setPage(1))}
          />
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={onlyUnplaced}
            onChange={(e) => (setOnlyUnplaced(e.target.checked), setPage(1))}
          />
          {t('results.onlyUnplaced')}
        </label>
      </div>
      <QueryState query={query}>
        {(result) => (
          <>
            <p aria-live="polite">
              {round.resultRevision === null
                ? t('results.notRun')
                : t('results.summary', { placed: result.placed, unplaced: result.unplaced, total: result.total })}
              {(onlyUnplaced || deferredSearch !== '') && ` ${t('results.matching', { count: result.matching })}`}
            </p>
            <DataTable
              caption={t('results.title')}
              rows={result.rows}
              rowKey={(r) => r.participantId}
              columns={[
                {
                  header: t('fields.student'),
                  cell: (r) => (
                    <Link
                      to={`/plaatsingen/${round.id}/resultaat/${r.participantId}`}
                      aria-label={t('results.whyFor', { name: r.name })}
                    >
                      {r.name}
                    </Link>
                  ),
                },
                { header: t('fields.programme'), cell: (r) => r.programmeName },
                { header: t('fields.location'), cell: (r) => r.locationName ?? <em>{t('results.unplaced')}</em> },
                { header: t('fields.supervisor'), cell: (r) => r.supervisorName ?? '—' },
                { header: t('fields.days'), cell: (r) => (r.days.length ? dayList(r.days) : '—') },
                { header: t('fields.choice'), cell: (r) => rankText(r.rank) },
                { header: t('fields.source'), cell: (r) => (r.source ? t(`source.${r.source}`) : '—') },
                {
                  header: t('fields.locked'),
                  cell: (r) =>
                    r.roundLocationId === null ? (
                      '—'
                    ) : manage ? (
                      <Button
                        variant="secondary"
                        aria-pressed={r.locked}
                        aria-label={t(r.locked ? 'results.unlockFor' : 'results.lockFor', { name: r.name })}
                        onClick={() =>
                          void lock
                            .mutateAsync({ participantId: r.participantId, locked: !r.locked })
                            .then(
                              () => status.done(t(r.locked ? 'results.unlocked' : 'results.locked', { name: r.name })),
                              status.failed,
                            )
                        }
                      >
                        {r.locked ? t('results.lockedShort') : t('results.lock')}
                      </Button>
                    ) : r.locked ? (
                      <span className="badge badge-locked">{t('results.lockedShort')}</span>
                    ) : (
                      '—'
                    ),
                },
              ]}
            />
            {result.pageCount > 1 && (
              <nav className="pager" aria-label={t('results.pages')}>
                <Button variant="secondary" disabled={result.page <= 1} onClick={() => setPage(result.page - 1)}>
                  {t('results.previous')}
                </Button>
                <span aria-live="polite">{t('results.pageOf', { page: result.page, pages: result.pageCount })}</span>
                <Button
                  variant="secondary"
                  disabled={result.page >= result.pageCount}
                  onClick={() => setPage(result.page + 1)}
                >
                  {t('results.next')}
                </Button>
              </nav>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
