import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { saveFile } from '../../lib/download';
import { PageHeader, Section } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { Button } from '../../components/ui/button';
import { formatDecimalText } from '../../../shared/domain/decimal';
import { currentLanguage } from '../../i18n';
import { CoachingSetup } from './setup-section';

type Total = { id: number; name: string; hours: number; roleName?: string };

function Totals({ id, title, rows, withRole }: { id: string; title: string; rows: Total[]; withRole?: boolean }) {
  const { t } = useTranslation('coaching');
  return (
    <Section title={title} id={id}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('overview.name')}</th>
            {withRole && <th scope="col">{t('overview.role')}</th>}
            <th scope="col">{t('overview.hours')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.name}</td>
              {withRole && <td>{r.roleName}</td>}
              <td>{formatDecimalText(r.hours, currentLanguage())}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

/** "Coachingsuren": the partnership's labelled hours of a year, for the projectleider and the beheerder. */
export function CoachingHoursPage() {
  const { t } = useTranslation('coaching');
  const [year, setYear] = useState(() => new Date().getFullYear());
  const utils = trpc.useUtils();
  const query = trpc.coaching.hours.useQuery({ year });
  const download = (format: 'csv' | 'xlsx') => {
    void utils.coaching.exportHours.fetch({ year, format }).then(saveFile);
  };
  return (
    <>
      <PageHeader
        title={t('overview.title')}
        intro={t('overview.intro')}
        actions={
          <>
            <Button variant="secondary" onClick={() => download('csv')}>
              {t('overview.csv')}
            </Button>
            <Button variant="secondary" onClick={() => download('xlsx')}>
              {t('overview.xlsx')}
            </Button>
          </>
        }
      />
      <label htmlFor="coaching-year">{t('overview.year')}</label>{' '}
      <select id="coaching-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
        {[year - 1, year, year + 1].map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
      <QueryState query={query}>
        {(data) => (
          <>
            <p>{t('overview.total', { hours: formatDecimalText(data.totalHours, currentLanguage()) })}</p>
            <Totals id="per-coach" title={t('overview.byCoach')} rows={data.byCoach} withRole />
            <Totals id="per-label" title={t('overview.byLabel')} rows={data.byLabel} />
            <Totals id="per-location" title={t('overview.byLocation')} rows={data.byLocation} />
            <Totals id="per-organisation" title={t('overview.byOrganisation')} rows={data.byOrganisation} />
          </>
        )}
      </QueryState>
      <CoachingSetup />
    </>
  );
}
