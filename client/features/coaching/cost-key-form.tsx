import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, conflictOf, errorDetails } from '../../lib/trpc';
import { Button } from '../../components/ui/button';
import { Notice } from '../../components/ui/notice';
import { ConflictNotice } from '../../components/ui/conflict-notice';
import { DecimalInput } from '../../components/ui/decimal-input';

interface Team {
  id: number;
  name: string;
  organisations: { id: number; name: string }[];
  key: { revision: number; shares: { organisationId: number; percent: number }[] } | null;
}

const percentText = (n: number) => String(Math.round(n * 100) / 100).replace('.', ',');

/** A mentor team's key for the year: a percentage per adopting organisation (empty: equal shares). */
export function CostKeyForm({ year, team, onSaved }: { year: number; team: Team; onSaved: () => void }) {
  const { t } = useTranslation('coaching-costs');
  const equal = 100 / Math.max(1, team.organisations.length);
  const [values, setValues] = useState<Record<number, unknown>>(() =>
    Object.fromEntries(
      team.organisations.map((o) => [
        o.id,
        percentText(team.key?.shares.find((s) => s.organisationId === o.id)?.percent ?? equal),
      ]),
    ),
  );
  const [revision, setRevision] = useState(team.key?.revision ?? null);
  const save = trpc.coaching.saveCostKey.useMutation({
    onSuccess: (saved) => {
      setRevision(saved.revision);
      onSaved();
    },
  });
  const conflict = conflictOf(save.error);
  const details = save.error && !conflict ? errorDetails(save.error) : null;
  return (
    <form
      aria-label={t('keys.form', { team: team.name })}
      onSubmit={(e) => {
        e.preventDefault();
        const shares = team.organisations.map((o) => ({ organisationId: o.id, percent: values[o.id] }));
        save.mutate({ teamId: team.id, year, revision, shares });
      }}
    >
      <h3>{team.name}</h3>
      {!team.key && <p>{t('keys.equal')}</p>}
      {conflict && (
        <ConflictNotice
          message={conflict.message}
          onReload={() => location.reload()}
          onKeepMine={() => setRevision(conflict.revision)}
        />
      )}
      {details && <Notice kind="error">{details.fieldErrors.shares ?? details.message}</Notice>}
      {save.isSuccess && <Notice kind="success">{t('keys.saved')}</Notice>}
      {team.organisations.map((o) => (
        <p key={o.id}>
          <span className="inline-field">
            <label htmlFor={`key-${team.id}-${o.id}`}>{t('keys.percentOf', { organisation: o.name })}</label>
            <DecimalInput
              id={`key-${team.id}-${o.id}`}
              aria-invalid={details?.fieldErrors.shares !== undefined}
              value={values[o.id]}
              onChange={(text) => setValues({ ...values, [o.id]: text })}
            />
          </span>
        </p>
      ))}
      <Button type="submit">{t('keys.save')}</Button>
    </form>
  );
}
