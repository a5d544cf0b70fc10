import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, conflictOf, errorDetails } from '../../lib/trpc';
import { Button } from '../../components/ui/button';
import { ConflictNotice } from '../../components/ui/conflict-notice';
import { DecimalInput } from '../../components/ui/decimal-input';
import type { TariffTarget } from '../../../shared/schemas/coaching-costs';

export interface StoredTariff {
  id: number;
  centsPerHour: number;
  revision: number;
}

/** One tariff (a role's or a person's) for the year, in euros with a Dutch comma, saved under its revision. */
export function TariffRow(props: {
  year: number;
  name: string;
  target: TariffTarget;
  tariff: StoredTariff | undefined;
  onSaved: () => void;
}) {
  const { t } = useTranslation('coaching-costs');
  const { tariff } = props;
  const id = `tariff-${props.target.kind}-${Object.values(props.target)[1]}`;
  const [euros, setEuros] = useState<unknown>(() =>
    tariff ? (tariff.centsPerHour / 100).toFixed(2).replace('.', ',') : '',
  );
  const [revision, setRevision] = useState<number | null>(tariff?.revision ?? null);
  const save = trpc.coaching.saveTariff.useMutation({
    onSuccess: (saved) => {
      setRevision(saved.revision);
      props.onSaved();
    },
  });
  const remove = trpc.coaching.removeTariff.useMutation({ onSuccess: props.onSaved });
  const conflict = conflictOf(save.error ?? remove.error);
  const details = save.error && !conflict ? errorDetails(save.error) : null;
  return (
    <tr>
      <th scope="row">
        <label htmlFor={id}>{props.name}</label>
      </th>
      <td>
        <DecimalInput
          id={id}
          aria-invalid={details?.fieldErrors.euros !== undefined}
          aria-describedby={details ? `${id}-error` : undefined}
          value={euros}
          onChange={setEuros}
        />
        {details && (
          <span className="field-error" id={`${id}-error`}>
            {details.fieldErrors.euros ?? details.message}
          </span>
        )}
        {conflict && (
          <ConflictNotice
            message={conflict.message}
            onReload={() => location.reload()}
            onKeepMine={() => setRevision(conflict.revision)}
          />
        )}
      </td>
      <td>
        {/* one short word to see per row; the whole name ("Tarief IB'er 0-4 opslaan") to hear */}
        <Button
          variant="secondary"
          aria-label={t('tariffs.save', { name: props.name })}
          onClick={() => save.mutate({ year: props.year, target: props.target, euros, revision })}
        >
          {t('tariffs.saveShort')}
        </Button>{' '}
        {tariff && revision !== null && (
          <Button
            variant="secondary"
            aria-label={t('tariffs.remove', { name: props.name })}
            onClick={() => remove.mutate({ id: tariff.id, revision })}
          >
            {t('tariffs.removeShort')}
          </Button>
        )}
        {save.isSuccess && <span role="status">{t('tariffs.saved')}</span>}
      </td>
    </tr>
  );
}
