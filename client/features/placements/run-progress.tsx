import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { Notice } from '../../components/ui/notice';
import { RUN_STAGES } from '../../../shared/domain/placements';
import { isRunning, messageText, type RunInfo } from './placements-ui';

/**
 * The engine's job of a round: a progress bar by stage while it runs (announced politely), the
 * failure when it failed. When a job finishes, everything of the round is fetched again.
 */
export function RunProgress({ run }: { run: RunInfo | null }) {
  const { t } = useTranslation('placements');
  const utils = trpc.useUtils();
  const wasRunning = useRef(isRunning(run));
  const running = isRunning(run);
  useEffect(() => {
    if (wasRunning.current && !running) void utils.placements.invalidate();
    wasRunning.current = running;
  }, [running, utils]);

  if (!run) return null;
  if (running) {
    const step = run.state === 'wachtrij' ? 0 : RUN_STAGES.indexOf(run.stage) + 1;
    return (
      <div className="run-progress panel" role="status" aria-live="polite">
        <label htmlFor="run-progress-bar">
          {t(`runKind.${run.kind}`)}: {run.state === 'wachtrij' ? t('run.queued') : t(`run.stage.${run.stage}`)}
        </label>
        <progress id="run-progress-bar" max={RUN_STAGES.length + 1} value={step} />
      </div>
    );
  }
  if (run.state === 'mislukt') {
    return (
      <Notice kind="error">
        {t(`runKind.${run.kind}`)}: {messageText(run.error ?? 'e.placements.engineFailed')}
      </Notice>
    );
  }
  return null;
}
