import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, type RouterOutputs } from '../../lib/trpc';
import { useForm } from '../../lib/use-form';
import { Button } from '../../components/ui/button';
import { Field, FieldGroup } from '../../components/ui/field';
import { FormErrors } from '../../components/ui/notice';
import { overrideSchema } from '../../../shared/schemas/placements';
import { WEEKDAYS } from '../../../shared/domain/weekdays';
import { useBlockText } from './override-room';

type Detail = Extract<RouterOutputs['placements']['explanation'], { withdrawn: false }>;

/**
 * Place a student by hand: a location of the round, optionally a werkbegeleider and days (else the
 * first that fit), and always a reason — it goes with the change into the audit log.
 */
export function OverrideForm({ detail, onDone }: { detail: Detail; onDone: (message: string) => void }) {
  const { t } = useTranslation('placements');
  const utils = trpc.useUtils();
  const override = trpc.placements.override.useMutation();
  const e = detail.explanation;
  const { formRef, ...form } = useForm(overrideSchema, {
    participantId: e.participantId,
    roundLocationId: e.placement?.roundLocationId ?? 0,
    supervisorId: null,
    days: [],
    reason: '',
    overCapacity: false,
  });
  const v = form.values;
  const location = detail.locations.find((l) => l.id === v.roundLocationId);
  const days = v.days ?? [];
  const blockText = useBlockText();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = form.validate();
    if (!value) return;
    try {
      await override.mutateAsync(value);
      // The reason emptied before the placement refetches, unless retyped since sending (decision 103).
      form.saved({ ...value, reason: '' });
      onDone(t('override.done', { name: e.name, location: location?.name ?? '' }));
      void utils.placements.invalidate();
    } catch (error) {
      form.showServerError(error);
    }
  }

  return (
    <form
      ref={formRef}
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t('override.title')}
      className="entity-form section"
    >
      <h2>{t('override.title')}</h2>
      <p className="hint">{t('override.intro')}</p>
      <FormErrors errors={form.errors} formError={form.formError} />
      <div className="form-grid">
        <Field label={t('fields.location')} error={form.errors.roundLocationId}>
          {(aria) => (
            <select
              {...aria}
              value={v.roundLocationId || ''}
              onChange={(ev) => {
                form.set('roundLocationId', Number(ev.target.value));
                form.set('supervisorId', null);
                form.set('days', []);
              }}
            >
              <option value="">{t('common:forms.choose')}</option>
              {detail.locations.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.block === null ? l.name : `${l.name} (${blockText(l)})`}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t('fields.supervisor')}
          error={form.errors.supervisorId}
          hint={t('override.supervisorHint')}
          optional
        >
          {(aria) => (
            <select
              {...aria}
              value={v.supervisorId ?? ''}
              onChange={(ev) => form.set('supervisorId', ev.target.value ? Number(ev.target.value) : null)}
            >
              <option value="">{t('override.automatic')}</option>
              {(location?.supervisors ?? [])
                .filter((s) => s.supervisesProgramme)
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.used >= s.capacity
                      ? t('override.supervisorFull', { name: s.name, used: s.used, capacity: s.capacity })
                      : s.name}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <FieldGroup
          legend={t('fields.days')}
          error={form.errors.days}
          hint={t('override.daysHint', { count: e.daysNeeded })}
        >
          {WEEKDAYS.filter((d) => location?.openDays.includes(d) ?? true).map((d) => (
            <label key={d} className="choice">
              <input
                type="checkbox"
                checked={days.includes(d)}
                onChange={(ev) =>
                  form.set('days', ev.target.checked ? [...days, d].sort() : days.filter((x) => x !== d))
                }
              />
              {t(`common:weekdays.${d}`)}
            </label>
          ))}
        </FieldGroup>
      </div>
      <Field label={t('fields.reason')} error={form.errors.reason}>
        {(aria) => (
          <textarea {...aria} rows={3} value={v.reason ?? ''} onChange={(ev) => form.set('reason', ev.target.value)} />
        )}
      </Field>
      {location && location.block !== null && location.block !== 'notOffered' && location.block !== 'noSupervisor' && (
        <label className="choice">
          <input
            type="checkbox"
            checked={v.overCapacity}
            onChange={(ev) => form.set('overCapacity', ev.target.checked)}
          />
          {t('override.overCapacity')}
        </label>
      )}
      <div className="form-actions">
        <Button type="submit" disabled={override.isPending}>
          {t('override.submit')}
        </Button>
      </div>
    </form>
  );
}
