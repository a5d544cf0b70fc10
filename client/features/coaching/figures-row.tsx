import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, errorDetails } from '../../lib/trpc';
import { Button } from '../../components/ui/button';
import { DecimalInput } from '../../components/ui/decimal-input';

interface Figures {
  locationId: number;
  name: string;
  veChildren: number;
  ftePm: number;
  fixedBaseHours: number;
  revision: number | null;
}
type Field = 'veChildren' | 'ftePm' | 'fixedBaseHours';
const FIELDS: Field[] = ['veChildren', 'ftePm', 'fixedBaseHours'];

/** One location's figures for the year, edited in place. */
export function FiguresRow({ year, figures, onSaved }: { year: number; figures: Figures; onSaved: () => void }) {
  const { t } = useTranslation('coaching');
  const [values, setValues] = useState<Record<Field, unknown>>(() => ({
    veChildren: figures.veChildren,
    ftePm: figures.ftePm,
    fixedBaseHours: figures.fixedBaseHours,
  }));
  const save = trpc.coaching.saveFigures.useMutation({ onSuccess: onSaved });
  const error = save.error ? errorDetails(save.error) : null;
  return (
    <tr>
      <th scope="row">{figures.name}</th>
      {FIELDS.map((field) => (
        <td key={field}>
          <label className="visually-hidden" htmlFor={`fig-${figures.locationId}-${field}`}>
            {t(`rekentool.${field}Of`, { location: figures.name })}
          </label>
          <DecimalInput
            id={`fig-${figures.locationId}-${field}`}
            aria-invalid={error?.fieldErrors[field] !== undefined}
            value={values[field]}
            onChange={(text) => setValues({ ...values, [field]: text })}
          />
        </td>
      ))}
      <td>
        <Button
          variant="secondary"
          aria-label={t('rekentool.saveFigures', { location: figures.name })}
          onClick={() => save.mutate({ ...values, locationId: figures.locationId, year, revision: figures.revision })}
        >
          {t('setup.save')}
        </Button>
        {error && <span className="field-error">{Object.values(error.fieldErrors)[0] ?? error.message}</span>}
      </td>
    </tr>
  );
}
