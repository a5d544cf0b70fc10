import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, errorDetails, type RouterOutputs } from '../../lib/trpc';
import { Button } from '../../components/ui/button';
import { Field, FieldGroup } from '../../components/ui/field';
import { FormErrors } from '../../components/ui/notice';
import { fieldErrorsOf } from '../../../shared/i18n/zod-issues';
import { roundLocationAddSchema } from '../../../shared/schemas/placements';
import { WEEKDAYS } from '../../../shared/domain/weekdays';
import { currentLanguage } from '../../i18n';

type Inputs = RouterOutputs['placements']['inputs'];
type RoundLocation = Inputs['locations'][number];

/**
 * A TOP-locatie in the round: capacity, open days, and a capacity per programme (empty: not
 * offered). Validated by the server's schema; errors of a programme's capacity show at its field.
 */
export function LocationForm({
  roundId,
  inputs,
  editing,
  onDone,
  onCancel,
}: {
  roundId: number;
  inputs: Inputs;
  editing: RoundLocation | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('placements');
  const utils = trpc.useUtils();
  const add = trpc.placements.addLocation.useMutation();
  const update = trpc.placements.updateLocation.useMutation();
  const programmes = inputs.options.programmes;
  const [locationId, setLocationId] = useState(editing?.locationId ?? 0);
  const [capacity, setCapacity] = useState(editing ? String(editing.capacity) : '');
  const [openDays, setOpenDays] = useState<number[]>(editing?.openDays ?? [1, 2, 3, 4, 5]);
  const [caps, setCaps] = useState<Record<number, string>>(
    Object.fromEntries((editing?.programmeCapacity ?? []).map((p) => [p.programmeId, String(p.capacity)])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const offered = programmes.filter((p) => (caps[p.id] ?? '').trim() !== '');
  const value = {
    roundId,
    locationId,
    capacity: capacity === '' ? Number.NaN : Number(capacity),
    openDays,
    programmeCapacity: offered.map((p) => ({ programmeId: p.id, capacity: Number(caps[p.id]) })),
  };
  /** "programmeCapacity.2.capacity" → the field of that programme. */
  const byField = (raw: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(raw).map(([path, message]) => {
        const m = /^programmeCapacity\.(\d+)/.exec(path);
        return [m ? `cap-${offered[Number(m[1])]?.id}` : path, message];
      }),
    );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = roundLocationAddSchema.safeParse(value);
    if (!parsed.success) return setErrors(byField(fieldErrorsOf(parsed.error.issues, currentLanguage())));
    setErrors({});
    try {
      if (editing)
        await update.mutateAsync({
          id: editing.id,
          capacity: parsed.data.capacity,
          openDays: parsed.data.openDays,
          programmeCapacity: parsed.data.programmeCapacity,
        });
      else await add.mutateAsync(parsed.data);
      await utils.placements.invalidate();
      onDone();
    } catch (error) {
      const details = errorDetails(error);
      setErrors(byField(details.fieldErrors));
      setFormError(Object.keys(details.fieldErrors).length ? null : details.message);
    }
  }

  const title = editing ? t('inputs.editLocation', { name: editing.name }) : t('inputs.addLocation');
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={title} className="entity-form panel">
      <h3>{title}</h3>
      <FormErrors errors={errors} formError={formError} />
      <div className="form-grid">
        {!editing && (
          <Field label={t('fields.location')} error={errors.locationId}>
            {(aria) => (
              <select
                {...aria}
                value={locationId || ''}
                onChange={(e) => {
                  const id = Number(e.target.value);
                  setLocationId(id);
                  setOpenDays(inputs.options.addableLocations.find((l) => l.id === id)?.openDays ?? openDays);
                }}
              >
                <option value="">{t('common:forms.choose')}</option>
                {inputs.options.addableLocations.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label={t('fields.capacity')} error={errors.capacity} hint={t('inputs.capacityHint')}>
          {(aria) => (
            <input
              {...aria}
              type="number"
              inputMode="numeric"
              min={0}
              value={capacity}
              onChange={(e) => setCapacity(e.target.value)}
            />
          )}
        </Field>
        <FieldGroup legend={t('fields.openDays')} error={errors.openDays}>
          {WEEKDAYS.map((d) => (
            <label key={d} className="choice">
              <input
                type="checkbox"
                checked={openDays.includes(d)}
                onChange={(e) =>
                  setOpenDays(e.target.checked ? [...openDays, d].sort() : openDays.filter((x) => x !== d))
                }
              />
              {t(`common:weekdays.${d}`)}
            </label>
          ))}
        </FieldGroup>
      </div>
      <fieldset className="field">
        <legend>{t('inputs.programmeCapacity')}</legend>
        <p className="hint">{t('inputs.programmeCapacityHint')}</p>
        <div className="programme-caps">
          {programmes.map((p) => (
            <Field key={p.id} label={p.name} error={errors[`cap-${p.id}`]} optional>
              {(aria) => (
                <input
                  {...aria}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  value={caps[p.id] ?? ''}
                  onChange={(e) => setCaps({ ...caps, [p.id]: e.target.value })}
                />
              )}
            </Field>
          ))}
        </div>
      </fieldset>
      <div className="form-actions">
        <Button type="submit" disabled={add.isPending || update.isPending}>
          {t('common:actions.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </Button>
      </div>
    </form>
  );
}
