import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { Section } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';

/** A student's own record: programme, class and school year. */
export function MyStudentPanel() {
  const { t } = useTranslation('admin');
  const query = trpc.students.mine.useQuery();
  return (
    <Section title={t('students.mine')}>
      <QueryState query={query}>
        {(s) =>
          s === null ? (
            <p>{t('students.noRecord')}</p>
          ) : (
            <dl className="details">
              <dt>{t('fields.name')}</dt>
              <dd>
                {s.firstName} {s.lastName}
              </dd>
              <dt>{t('fields.programme')}</dt>
              <dd>{s.programmeName}</dd>
              <dt>{t('fields.cohort')}</dt>
              <dd>{s.cohortName ?? '—'}</dd>
              <dt>{t('fields.schoolYear')}</dt>
              <dd>{s.schoolYearLabel}</dd>
            </dl>
          )
        }
      </QueryState>
    </Section>
  );
}
