import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, conflictOf, errorDetails } from '../../lib/trpc';
import { Button } from '../../components/ui/button';
import { ConflictNotice } from '../../components/ui/conflict-notice';

/** One coaching role, renamed in place under its revision (docs/decisions/091). */
export function RoleRow({
  role,
  onSaved,
}: {
  role: { id: number; name: string; revision: number };
  onSaved: () => void;
}) {
  const { t } = useTranslation('coaching');
  const [name, setName] = useState(role.name);
  const [revision, setRevision] = useState(role.revision);
  const update = trpc.coaching.updateRole.useMutation({ onSuccess: onSaved });
  const conflict = conflictOf(update.error);
  const error = update.error && !conflict ? errorDetails(update.error) : null;
  const id = `role-${role.id}`;
  return (
    <li className="inline-form">
      <label className="visually-hidden" htmlFor={id}>
        {t('setup.roleName', { name: role.name })}
      </label>
      <input id={id} value={name} onChange={(e) => setName(e.target.value)} />
      <Button
        variant="secondary"
        aria-label={t('setup.saveRole', { name: role.name })}
        onClick={() => update.mutate({ id: role.id, revision, name })}
      >
        {t('setup.save')}
      </Button>
      {conflict && (
        <ConflictNotice
          message={conflict.message}
          onReload={onSaved}
          onKeepMine={() => setRevision(conflict.revision)}
        />
      )}
      {error && <span className="field-error">{error.fieldErrors.name ?? error.message}</span>}
    </li>
  );
}
