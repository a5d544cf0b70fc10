import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, type RouterOutputs } from '../../lib/trpc';
import { useForm } from '../../lib/use-form';
import { Button } from '../../components/ui/button';
import { Field, FieldGroup } from '../../components/ui/field';
import { FormErrors } from '../../components/ui/notice';
import { DecimalInput } from '../../components/ui/decimal-input';
import { participantUpdateSchema } from '../../../shared/schemas/placements';
import { WEEKDAYS } from '../../../shared/domain/weekdays';
import { PreferencePicker } from './preference-picker';

type Inputs = RouterOutputs['placements']['inputs'];
type Participant = Inputs['students'][number];

/** A student in the round: days, days needed, maximum distance, ranked choices, and locations' priority grades. */
export function StudentForm({
  student,
  inputs,
  onClose,
}: {
  student: Participant;
  inputs: Inputs;
  onClose: () => void;
}) {
  const { t } = useTranslation('placements');
  const utils = trpc.useUtils();
  const update = trpc.placements.updateStudent.useMutation();
  const { formRef, ...form } = useForm(participantUpdateSchema, {
    id: student.id,
    availableDays: student.availableDays,
    daysNeeded: student.daysNeeded,
    maxDistanceKm: student.maxDistanceKm,
    preferences: student.preferences,
    priorities: student.priorities,
  });
  const v = form.values;
  const days = v.availableDays ?? [];
  const priorities = v.priorities ?? [];
  const gradeAt = (roundLocationId: number) => priorities.find((p) => p.roundLocationId === roundLocationId)?.grade;
  const setGrade = (roundLocationId: number, raw: string) =>
    form.set('priorities', [
      ...priorities.filter((p) => p.roundLocationId !== roundLocationId),
      ...(raw === '' ? [] : [{ roundLocationId, grade: Number(raw) }]),
    ]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = form.validate();
    if (!value) return;
    try {
      await update.mutateAsync(value);
      await utils.placements.invalidate();
      onClose();
    } catch (error) {
      form.showServerError(error);
    }
  }

  const title = t('inputs.editStudent', { name: student.name });
  return (
    <form
      ref={formRef}
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={title}
      className="entity-form panel"
    >
      <h3>{title}</h3>
      <FormErrors errors={form.errors} formError={form.formError} />
      <div className="form-grid">
        <FieldGroup legend={t('fields.availableDays')} error={form.errors.availableDays}>
          {WEEKDAYS.map((d) => (
            <label key={d} className="choice">
              <input
                type="checkbox"
                checked={days.includes(d)}
                onChange={(e) =>
                  form.set('availableDays', e.target.checked ? [...days, d].sort() : days.filter((x) => x !== d))
                }
              />
              {t(`common:weekdays.${d}`)}
            </label>
          ))}
        </FieldGroup>
        <Field label={t('fields.daysNeeded')} error={form.errors.daysNeeded}>
          {(aria) => (
            <input
              {...aria}
              type="number"
              inputMode="numeric"
              min={1}
              max={5}
              value={Number.isNaN(v.daysNeeded) ? '' : v.daysNeeded}
              onChange={(e) => form.set('daysNeeded', e.target.value === '' ? Number.NaN : Number(e.target.value))}
            />
          )}
        </Field>
        <Field
          label={t('fields.maxDistance')}
          error={form.errors.maxDistanceKm}
          hint={t('inputs.distanceHint')}
          optional
        >
          {(aria) => (
            <DecimalInput {...aria} value={v.maxDistanceKm} onChange={(text) => form.set('maxDistanceKm', text)} />
          )}
        </Field>
      </div>
      <PreferencePicker
        legend={t('fields.preferences')}
        choices={inputs.locations.map((l) => ({ id: l.id, name: l.name }))}
        value={v.preferences ?? []}
        onChange={(next) => form.set('preferences', next)}
        errors={form.errors}
      />
      <fieldset className="field">
        <legend>{t('fields.priorities')}</legend>
        <p className="hint">{t('inputs.prioritiesHint')}</p>
        <div className="programme-caps">
          {inputs.locations.map((l) => (
            <Field
              key={l.id}
              label={l.name}
              error={form.errors[`priorities.${priorities.findIndex((p) => p.roundLocationId === l.id)}.grade`]}
              optional
            >
              {(aria) => (
                <input
                  {...aria}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={20}
                  value={gradeAt(l.id) ?? ''}
                  onChange={(e) => setGrade(l.id, e.target.value)}
                />
              )}
            </Field>
          ))}
        </div>
      </fieldset>
      <div className="form-actions">
        <Button type="submit" disabled={update.isPending}>
          {t('common:actions.save')}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('common:actions.cancel')}
        </Button>
      </div>
    </form>
  );
}
