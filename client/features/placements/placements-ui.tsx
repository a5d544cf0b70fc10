import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, errorDetails, type RouterOutputs } from '../../lib/trpc';
import { Button } from '../../components/ui/button';
import { Notice } from '../../components/ui/notice';
import { translateMessage } from '../../../shared/i18n/messages';
import type { RoundStatus } from '../../../shared/domain/placements';
import { currentLanguage } from '../../i18n';
import { saveFile, type DownloadFile } from '../../lib/download';

export type Round = RouterOutputs['placements']['round'];
export type RunInfo = NonNullable<Round['run']>;

export const isRunning = (run: { state: string } | null | undefined) =>
  run?.state === 'wachtrij' || run?.state === 'bezig';

/** The round, polled while the engine works on it (the progress bar and the results follow it). */
export function useRound(roundId: number) {
  return trpc.placements.round.useQuery(
    { roundId },
    { refetchInterval: (query) => (isRunning(query.state.data?.run) ? 700 : false) },
  );
}

/** A message key from the server ("e.placements.stale") in the person's language. */
export const messageText = (key: string, params?: Record<string, string | number>) =>
  translateMessage(key, currentLanguage(), params);

export function StatusBadge({ status }: { status: RoundStatus }) {
  const { t } = useTranslation('placements');
  return <span className={`badge badge-${status}`}>{t(`status.${status}`)}</span>;
}

/** "ma di do" */
export function useDayList() {
  const { t } = useTranslation();
  return (days: readonly number[]) => days.map((d) => t(`weekdaysShort.${d}`)).join(' ');
}

/** "2e keuze", or a dash when the place is not on the list. */
export function useRankText() {
  const { t } = useTranslation('placements');
  return (rank: number | null) => (rank === null ? '—' : t('rank', { rank }));
}

/** A button that asks the server for a file and saves it; says so when that fails. */
export function DownloadButton({
  label,
  fetchFile,
  variant = 'secondary',
}: {
  label: string;
  fetchFile: () => Promise<DownloadFile>;
  variant?: 'primary' | 'secondary';
}) {
  const { t } = useTranslation('placements');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button
        variant={variant}
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setError(null);
          fetchFile()
            .then(saveFile, (e: unknown) => setError(errorDetails(e).message))
            .finally(() => setBusy(false));
        }}
      >
        {busy ? t('files.preparing') : label}
      </Button>
      {error && <Notice kind="error">{error}</Notice>}
    </>
  );
}

/** The outcome of an action, announced; errors from the server in the person's language. */
export function useActionStatus() {
  const [status, setStatus] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  return {
    status,
    done: (text: string) => setStatus({ kind: 'success', text }),
    failed: (error: unknown) => setStatus({ kind: 'error', text: errorDetails(error).message }),
    clear: () => setStatus(null),
    view: status ? <Notice kind={status.kind}>{status.text}</Notice> : null,
  };
}
