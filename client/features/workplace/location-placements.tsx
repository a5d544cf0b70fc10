import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { DataTable } from '../../components/ui/data-table';
import { Section } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { useDays } from './use-days';

/**
 * Every published placement at the werkbegeleider's TOP-locatie, round by round, with e-mail and
 * werkbegeleider: what was the separate page "Mijn studenten" (decision 088 merged it into this one).
 */
export function LocationPlacements() {
  const { t } = useTranslation('placements');
  const query = trpc.placements.myLocation.useQuery();
  const days = useDays();
  return (
    <QueryState query={query}>
      {(data) =>
        data.locationName === null ? (
          <p>{t('myLocation.noLocation')}</p>
        ) : (
          <Section title={t('myLocation.title', { name: data.locationName })}>
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
                { header: t('fields.days'), cell: (s) => days(s.days) },
                { header: t('fields.supervisor'), cell: (s) => s.supervisorName ?? '—' },
                { header: t('fields.round'), cell: (s) => `${s.roundName} (${s.periodName ?? s.schoolYearLabel})` },
              ]}
            />
          </Section>
        )
      }
    </QueryState>
  );
}
