import { useTranslation } from 'react-i18next';
import { trpc } from '../../../lib/trpc';
import { QueryState } from '../../../components/ui/query-state';
import { DataTable } from '../../../components/ui/data-table';
import { UNPLACED_REASONS, type DashboardFilter } from '../../../../shared/schemas/regiegroep';
import { showCount } from '../format';

/**
 * Behind a placements figure: names for the projectleider (who plans placements; the view is
 * audited), counts per programme (and TOP-locatie) for the regiegroep — the server decides which.
 */
export function PlacementsDrill({ filter, args }: { filter: DashboardFilter; args: Record<string, string> }) {
  const { t } = useTranslation('regiegroep');
  const outcome = args.outcome === 'geplaatst' || args.outcome === 'niet-geplaatst' ? args.outcome : undefined;
  const reason = (UNPLACED_REASONS as readonly string[]).includes(args.reason ?? '')
    ? (args.reason as (typeof UNPLACED_REASONS)[number])
    : undefined;
  const rank = args.rank && /^\d+$/.test(args.rank) && Number(args.rank) <= 10 ? Number(args.rank) : undefined;
  const query = trpc.regiegroep.drillPlacements.useQuery({ ...filter, outcome, reason, rank });
  const what = [
    outcome && t(`drill.outcome.${outcome}`),
    reason && t(`reasons.${reason}`),
    rank !== undefined && (rank === 0 ? t('placements.notListed') : t('placements.choice', { rank })),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <>
      {what && <p className="muted">{what}</p>}
      <QueryState query={query}>
        {(d) =>
          !d.round ? (
            <p className="empty">{t('placements.noRound')}</p>
          ) : d.level === 'names' ? (
            <>
              <p className="muted">{t('drill.namesNote', { round: d.round.name })}</p>
              <DataTable
                caption={t('drill.title.plaatsing')}
                rows={d.students}
                rowKey={(s) => s.participantId}
                columns={[
                  { header: t('drill.name'), cell: (s) => s.name },
                  { header: t('fields.programme'), cell: (s) => s.programmeName },
                  { header: t('fields.location'), cell: (s) => s.locationName ?? t('drill.notPlaced') },
                  {
                    header: t('placements.rank'),
                    cell: (s) =>
                      s.rank === null
                        ? '—'
                        : s.rank === 0
                          ? t('placements.notListed')
                          : t('placements.choice', { rank: s.rank }),
                  },
                  { header: t('placements.reason'), cell: (s) => (s.reason ? t(`reasons.${s.reason}`) : '—') },
                ]}
              />
            </>
          ) : (
            <>
              <p className="muted">{t('drill.aggregateNote')}</p>
              <DataTable
                caption={t('drill.title.plaatsing')}
                rows={d.groups}
                rowKey={(g) => `${g.programmeName}-${g.locationName}`}
                columns={[
                  { header: t('fields.programme'), cell: (g) => g.programmeName },
                  ...(d.groups.some((g) => g.locationName)
                    ? [{ header: t('fields.location'), cell: (g: (typeof d.groups)[number]) => g.locationName ?? '—' }]
                    : []),
                  { header: t('fields.students'), cell: (g) => showCount(g.students), numeric: true },
                ]}
              />
            </>
          )
        }
      </QueryState>
    </>
  );
}
