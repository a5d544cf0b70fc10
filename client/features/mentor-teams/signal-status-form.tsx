import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, errorDetails } from '../../lib/trpc';
import { SIGNAL_STATUSES, isForwardMove, type SignalStatus } from '../../../shared/domain/mentor-teams';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';

/** Moves a signal forward, with an optional note; the server records who and when. */
export function SignalStatusForm({
  id,
  revision,
  title,
  status,
  onDone,
}: {
  id: number;
  /** As read: a move over someone else's newer one is refused with their name (decision 071). */
  revision: number;
  title: string;
  status: SignalStatus;
  onDone: (kind: 'success' | 'error', text: string) => void;
}) {
  const { t } = useTranslation('mentor-teams');
  const next = SIGNAL_STATUSES.filter((s) => isForwardMove(status, s));
  const [to, setTo] = useState<SignalStatus | undefined>(next[0]);
  const [note, setNote] = useState('');
  const utils = trpc.useUtils();
  const move = trpc.mentorTeams.setSignalStatus.useMutation({
    onSuccess: (_moved, sent) => {
      // Emptied as the server confirms (unless changed since sending), not after the moved signal shows
      // (decision 103). The refresh is still awaited: the button stays busy until the signal's new revision
      // is in, so the next move sends it.
      setNote((now) => (now === sent.note ? '' : now));
      return utils.mentorTeams.invalidate();
    },
  });
  if (!next.length || !to) return null;

  function submit(event: FormEvent) {
    event.preventDefault();
    move.mutate(
      { id, revision, status: to!, note },
      {
        onSuccess: () => onDone('success', t('signals.moved', { status: t(`signalStatuses.${to}`) })),
        onError: (e) => onDone('error', errorDetails(e).message),
      },
    );
  }

  return (
    <form onSubmit={submit} className="form-grid status-form" aria-label={`${t('signals.move')}: ${title}`}>
      <Field label={t('signals.moveTo')}>
        {(aria) => (
          <select {...aria} value={to} onChange={(e) => setTo(e.target.value as SignalStatus)}>
            {next.map((s) => (
              <option key={s} value={s}>
                {t(`signalStatuses.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('signals.note')} optional>
        {(aria) => <input {...aria} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <div className="field">
        <Button type="submit" disabled={move.isPending}>
          {t('signals.moveButton')}
        </Button>
      </div>
    </form>
  );
}
