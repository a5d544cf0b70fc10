import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, errorDetails } from '../../lib/trpc';
import { Button } from '../../components/ui/button';
import { Notice } from '../../components/ui/notice';
import { downloadCsv } from '../../lib/csv-download';

/** Downloads the hours as CSV for cost monitoring: one team, or every team the person may see. */
export function ExportHoursButton({ teamId }: { teamId?: number }) {
  const { t } = useTranslation('mentor-teams');
  const utils = trpc.useUtils();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run() {
    setBusy(true);
    setError(null);
    try {
      const file = await utils.mentorTeams.exportHours.fetch({ teamId }, { staleTime: 0 });
      downloadCsv(file.filename, file.content);
    } catch (e) {
      setError(errorDetails(e).message);
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <Button variant="secondary" onClick={() => void run()} disabled={busy}>
        {busy ? t('hours.exporting') : teamId === undefined ? t('hours.exportAll') : t('hours.export')}
      </Button>
      {error && <Notice kind="error">{error}</Notice>}
    </>
  );
}
