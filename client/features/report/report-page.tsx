import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { saveFile } from '../../lib/download';
import { useMe } from '../../lib/session';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { Button } from '../../components/ui/button';
import type { ReportPeriod } from '../../../shared/schemas/report';
import { CostsSection, HoursSection, PlacementsSection, PrinciplesSection, SignalsSection } from './report-sections';
import { PeriodPicker } from './period-picker';
import './report.css';

const today = new Date();
const CURRENT_QUARTER: ReportPeriod = {
  kind: 'quarter',
  year: today.getFullYear(),
  quarter: Math.floor(today.getMonth() / 3) + 1,
};

/**
 * /verantwoording — the verantwoordingsrapportage (decision 091) for boards, the gemeente and funders:
 * on screen, on A4 paper ("Afdrukken": print CSS in report.css, a section a page) and as XLSX.
 */
export function ReportPage() {
  const { t } = useTranslation('report');
  const me = useMe().data;
  const [period, setPeriod] = useState<ReportPeriod>(CURRENT_QUARTER);
  const utils = trpc.useUtils();
  const query = trpc.report.accountability.useQuery(period);
  return (
    <article className="accountability-report">
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          <>
            <Button onClick={() => window.print()}>{t('print')}</Button>
            <Button variant="secondary" onClick={() => void utils.report.exportXlsx.fetch(period).then(saveFile)}>
              {t('xlsx')}
            </Button>
          </>
        }
      />
      <PeriodPicker value={period} onChange={setPeriod} />
      <QueryState query={query}>
        {(report) => (
          <>
            <p className="report-cover">
              <strong>{me?.partnership.name}</strong> · {t('periodLine', { label: report.period.label })}
            </p>
            <p className="muted">{t('smallGroups')}</p>
            <PlacementsSection rounds={report.placements} />
            <HoursSection hours={report.hours} />
            <CostsSection costs={report.costs} />
            <SignalsSection signals={report.signals} />
            <PrinciplesSection principles={report.principles} />
          </>
        )}
      </QueryState>
    </article>
  );
}
