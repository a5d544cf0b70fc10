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
      {/* The table's name is hidden text after the visible words, not an aria-label: the accessible name
          then starts with what is on screen (WCAG 2.5.3), so "klik Tabel als CSV" works for speech users. */}
      <Button variant="secondary" onClick={() => void run()} disabled={busy}>
        {busy ? t('chart.exporting') : t('chart.csv')}
        <span className="visually-hidden">{t('chart.csvOf', { title })}</span>
      </Button>
      {error && <Notice kind="error">{error}</Notice>}
    </div>
  );
}
