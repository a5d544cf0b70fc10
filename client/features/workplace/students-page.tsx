import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { DataTable } from '../../components/ui/data-table';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { useDays } from './use-days';
import { LocationPlacements } from './location-placements';

/** For a werkbegeleider: the students placed at their TOP-locatie, now and earlier, and every placement there. */
export function WorkplaceStudentsPage() {
  const { t } = useTranslation('workplace');
  const query = trpc.workplace.myStudents.useQuery();
  const days = useDays();
  return (
    <>
      <PageHeader title={t('students.title')} intro={t('students.intro')} />
      <QueryState query={query}>
        {(students) =>
          students.length === 0 ? (
            <p className="empty">{t('students.none')}</p>
          ) : (
            <DataTable
              caption={t('students.caption')}
              rows={students}
              rowKey={(s) => s.studentId}
              columns={[
                {
                  header: t('students.student'),
                  cell: (s) => <Link to={`/werkplek/studenten/${s.studentId}`}>{s.name}</Link>,
                },
                { header: t('students.programme'), cell: (s) => s.programmeName },
                { header: t('students.days'), cell: (s) => days(s.days) },
                { header: t('students.round'), cell: (s) => `${s.roundName} (${s.schoolYearLabel})` },
                { header: t('students.when'), cell: (s) => (s.current ? t('students.now') : t('students.earlier')) },
              ]}
            />
          )
        }
      </QueryState>
      <LocationPlacements />
    </>
  );
}
