import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { can, type Me } from '../../lib/session';
import { Button } from '../../components/ui/button';
import { DataTable } from '../../components/ui/data-table';
import { QueryState } from '../../components/ui/query-state';
import { useActionStatus, useDayList, useRankText } from './placements-ui';
import { useRoundOutlet } from './round-layout';

/** Every student of the round: where, with whom, which days, which choice — and why, one click further. */
export function ResultsPage({ me }: { me: Me }) {
  const { t } = useTranslation('placements');
  const { round } = useRoundOutlet();
  const utils = trpc.useUtils();
  const query = trpc.placements.results.useQuery({ roundId: round.id });
  const lock = trpc.placements.setLocked.useMutation({ onSuccess: () => utils.placements.invalidate() });
  const status = useActionStatus();
  const dayList = useDayList();
  const rankText = useRankText();
  const [onlyUnplaced, setOnlyUnplaced] = useState(false);
  const manage = can(me, 'placements.manage');

  return (
    <QueryState query={query}>
      {(rows) => {
        const unplaced = rows.filter((r) => r.roundLocationId === null).length;
        const shown = onlyUnplaced ? rows.filter((r) => r.roundLocationId === null) : rows;
        return (
          <>
            <h2>{t('results.title')}</h2>
            <p aria-live="polite">{round.resultRevision === null ? t('results.notRun') : t('results.summary', { placed: rows.length - unplaced, unplaced, total: rows.length })}</p>
            {status.view}
            <div className="toolbar">
              <label className="choice">
                <input type="checkbox" checked={onlyUnplaced} onChange={(e) => setOnlyUnplaced(e.target.checked)} />
                {t('results.onlyUnplaced')}
              </label>
            </div>
            <DataTable
              caption={t('results.title')}
              rows={shown}
              rowKey={(r) => r.participantId}
              columns={[
                { header: t('fields.student'), cell: (r) => <Link to={`/plaatsingen/${round.id}/resultaat/${r.participantId}`} aria-label={t('results.whyFor', { name: r.name })}>{r.name}</Link> },
                { header: t('fields.programme'), cell: (r) => r.programmeName },
                { header: t('fields.location'), cell: (r) => r.locationName ?? <em>{t('results.unplaced')}</em> },
                { header: t('fields.supervisor'), cell: (r) => r.supervisorName ?? '—' },
                { header: t('fields.days'), cell: (r) => (r.days.length ? dayList(r.days) : '—') },
                { header: t('fields.choice'), cell: (r) => rankText(r.rank) },
                { header: t('fields.source'), cell: (r) => (r.source ? t(`source.${r.source}`) : '—') },
                {
                  header: t('fields.locked'),
                  cell: (r) =>
                    r.roundLocationId === null ? '—' : manage ? (
                      <Button
                        variant="secondary"
                        aria-pressed={r.locked}
                        aria-label={t(r.locked ? 'results.unlockFor' : 'results.lockFor', { name: r.name })}
                        onClick={() => lock.mutateAsync({ participantId: r.participantId, locked: !r.locked }).then(() => status.done(t(r.locked ? 'results.unlocked' : 'results.locked', { name: r.name })), status.failed)}
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
          </>
        );
      }}
    </QueryState>
  );
}
