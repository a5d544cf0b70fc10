import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { DataTable } from '../../components/ui/data-table';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { useDayList } from './placements-ui';

/** For a locatie user: the students placed at their TOP-locatie in published rounds. */
export function MyLocationPage() {
  const { t } = useTranslation('placements');
  const query = trpc.placements.myLocation.useQuery();
  const dayList = useDayList();
  return (
    <div className="placements">
      <PageHeader
        title={
          query.data?.locationName
            ? t('myLocation.title', { name: query.data.locationName })
            : t('myLocation.titlePlain')
        }
        intro={t('myLocation.intro')}
      />
      <QueryState query={query}>
        {(data) =>
          data.locationName === null ? (
            <p>{t('myLocation.noLocation')}</p>
          ) : (
            <DataTable
              caption={t('myLocation.caption')}
              rows={data.students}
              rowKey={(s) => s.participantId}
              columns={[
                { header: t('fields.student'), cell: (s) => s.name },
                {
                  header: t('fields.email'),
                  cell: (s) => (s.email ? <a href={`mailto:${s.email}`}>{s.email}</a> : '—'),
                },
                { header: t('fields.programme'), cell: (s) => s.programmeName },
                { header: t('fields.days'), cell: (s) => dayList(s.days) },
                { header: t('fields.supervisor'), cell: (s) => s.supervisorName ?? '—' },
                { header: t('fields.round'), cell: (s) => `${s.roundName} (${s.periodName ?? s.schoolYearLabel})` },
              ]}
            />
          )
        }
      </QueryState>
    </div>
  );
}
