import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, conflictOf, errorDetails } from '../../lib/trpc';
import { Button } from '../../components/ui/button';
import { ConflictNotice } from '../../components/ui/conflict-notice';
import { DecimalInput } from '../../components/ui/decimal-input';

interface Label {
  id: number;
  name: string;
  sharePercent: number | null;
  active: boolean;
  revision: number;
}

/** One label, edited in place: its name, its share of the hours (for the rekentool's leak flag), in use or not. */
export function LabelRow({ label, onSaved }: { label: Label; onSaved: () => void }) {
  const { t } = useTranslation('coaching');
  const [name, setName] = useState(label.name);
  const [share, setShare] = useState<unknown>(label.sharePercent ?? '');
  const [active, setActive] = useState(label.active);
  const [revision, setRevision] = useState(label.revision);
  const update = trpc.coaching.updateLabel.useMutation({ onSuccess: onSaved });
  const conflict = conflictOf(update.error);
  const error = update.error && !conflict ? errorDetails(update.error) : null;
  const id = `label-${label.id}`;
  return (
    <tr>
      <td>
        <label className="visually-hidden" htmlFor={`${id}-name`}>
          {t('setup.name')}
        </label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} />
        {conflict && (
          <ConflictNotice
            message={conflict.message}
            onReload={onSaved}
            onKeepMine={() => setRevision(conflict.revision)}
          />
        )}
        {error && (
          <span className="field-error">
            {error.fieldErrors.name ?? error.fieldErrors.sharePercent ?? error.message}
          </span>
        )}
      </td>
      <td>
        <label className="visually-hidden" htmlFor={`${id}-share`}>
          {t('setup.shareOf', { label: label.name })}
        </label>
        <DecimalInput id={`${id}-share`} aria-invalid={false} value={share} onChange={setShare} />
      </td>
      <td>
        <input
          type="checkbox"
          aria-label={t('setup.activeOf', { label: label.name })}
          checked={active}
          onChange={(e) => setActive(e.target.checked)}
        />
      </td>
      <td>
        <Button
          variant="secondary"
          aria-label={t('setup.saveLabel', { label: label.name })}
          onClick={() =>
            update.mutate({ id: label.id, revision, name, sharePercent: share === '' ? null : share, active })
          }
        >
          {t('setup.save')}
        </Button>
      </td>
    </tr>
  );
}
