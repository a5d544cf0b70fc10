import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, isConflictCode } from '../../lib/trpc';
import { ACTION_STATUSES, type ActionStatus } from '../../../shared/domain/regiegroep';

/** "Te laat": said in words, not only by colour. */
export function OverdueBadge() {
  const { t } = useTranslation('regiegroep');
  return <span className="badge badge-overdue">{t('actions.overdue')}</span>;
}

/** Changes an action's status at once (its owner, the chair or the projectleider). */
export function ActionStatusSelect({
  action,
  onError,
}: {
  action: { id: number; revision: number; title: string; status: ActionStatus };
  onError: (e: unknown) => void;
}) {
  const { t } = useTranslation('regiegroep');
  const id = useId();
  const set = trpc.regiegroep.setActionStatus.useMutation();
  const utils = trpc.useUtils();
  return (
    <span className="inline-form">
      <label htmlFor={id} className="visually-hidden">
        {t('actions.statusOf', { title: action.title })}
      </label>
      <select
        id={id}
        value={action.status}
        disabled={set.isPending}
        onChange={(e) =>
          void set
            .mutateAsync({ id: action.id, revision: action.revision, status: e.target.value as ActionStatus })
            .then(() => utils.regiegroep.invalidate())
            .catch(async (error: unknown) => {
              // someone changed the action first: the message names them, the list shows their version
              if (isConflictCode(error)) await utils.regiegroep.invalidate();
              onError(error);
            })
        }
      >
        {ACTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`actionStatuses.${s}`)}
          </option>
        ))}
      </select>
    </span>
  );
}
