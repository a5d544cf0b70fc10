import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { DataTable } from '../../components/ui/data-table';
import { PageHeader, Section } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { ObservationList } from './observations-section';
import { useDays } from './use-days';

/** For the mentor team: planned against confirmed days of one student, and the werkbegeleider's observations. */
export function TeamWorkplacePage() {
  const { t } = useTranslation('workplace');
  const { t: tc } = useTranslation();
  const studentId = Number(useParams().studentId);
  const query = trpc.workplace.forTeam.useQuery({ studentId }, { enabled: studentId > 0 });
  const days = useDays();
  return (
    <QueryState query={query}>
      {(data) => (
        <>
          <PageHeader title={t('team.title', { name: data.student.name })} intro={t('team.intro')} />
          <DataTable
            caption={t('team.caption')}
            rows={data.weeks}
            rowKey={(w) => w.key}
            columns={[
              { header: t('team.week'), cell: (w) => t('team.weekLabel', { week: w.week }) },
              { header: t('team.planned'), cell: (w) => days(w.planned) },
              {
                header: t('team.confirmed'),
                cell: (w) => {
                  const entries = Object.entries(w.confirmed);
                  if (!entries.length) return t('team.notConfirmed');
                  const list = entries.map(([d, s]) => `${tc(`weekdaysShort.${d}`)} ${t(`presence.${s}`)}`).join(', ');
                  const present = w.planned.filter((d) => w.confirmed[String(d)] === 'aanwezig').length;
                  return `${list} — ${t('team.confirmedCount', { present, planned: w.planned.length })}`;
                },
              },
            ]}
          />
          <Section title={t('observations.title')}>
            <ObservationList observations={data.observations} />
          </Section>
        </>
      )}
    </QueryState>
  );
}
