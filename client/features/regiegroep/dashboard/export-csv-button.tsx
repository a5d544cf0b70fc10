import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, errorDetails } from '../../../lib/trpc';
import { downloadCsv } from '../../../lib/csv-download';
import { Button } from '../../../components/ui/button';
import { Notice } from '../../../components/ui/notice';
import type { DashboardTable } from '../../../../shared/domain/regiegroep';
import type { DashboardFilter } from '../../../../shared/schemas/regiegroep';

/** Downloads the table behind a chart as CSV (made on the server, so the "< 5" rule holds in the file too). */
export function ExportCsvButton({
  table,
  filter,
  title,
}: {
  table: DashboardTable;
  filter: DashboardFilter;
  title: string;
}) {
  const { t } = useTranslation('regiegroep');
  const utils = trpc.useUtils();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run() {
    setBusy(true);
    setError(null);
    try {
      const file = await utils.regiegroep.exportTable.fetch({ ...filter, table }, { staleTime: 0 });
      downloadCsv(file.filename, file.content);
    } catch (e) {
      setError(errorDetails(e).message);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="chart-export">
      <Button variant="secondary" onClick={() => void run()} disabled={busy} aria-label={t('chart.csvFor', { title })}>
        {busy ? t('chart.exporting') : t('chart.csv')}
      </Button>
      {error && <Notice kind="error">{error}</Notice>}
    </div>
  );
}
