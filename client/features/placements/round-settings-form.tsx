import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { useForm } from '../../lib/use-form';
import { Button } from '../../components/ui/button';
import { Field, FieldGroup } from '../../components/ui/field';
import { Notice } from '../../components/ui/notice';
import { roundUpdateSchema } from '../../../shared/schemas/placements';
import { OBJECTIVES } from '../../../shared/domain/placements';
import type { Round } from './placements-ui';

/** Name, period, objective, and whether students may enter their own choices. */
export function RoundSettingsForm({ round, onDone }: { round: Round; onDone: (message: string) => void }) {
  const { t } = useTranslation('placements');
  const utils = trpc.useUtils();
  const years = trpc.schoolYears.list.useQuery().data ?? [];
  const periods = years.find((y) => y.id === round.schoolYearId)?.periods ?? [];
  const update = trpc.placements.updateRound.useMutation({ onSuccess: () => utils.placements.invalidate() });
  const { formRef, ...form } = useForm(roundUpdateSchema, {
    id: round.id,
    name: round.name,
    schoolYearId: round.schoolYearId,
    periodId: round.periodId,
    objective: round.objective,
    studentEntryOpen: round.studentEntryOpen,
  });
  const v = form.values;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = form.validate();
    if (!value) return;
    try {
      await update.mutateAsync(value);
      onDone(t('overview.settingsSaved'));
    } catch (error) {
      form.showServerError(error);
    }
  }

  return (
    <form
      ref={formRef}
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t('overview.settings')}
      className="entity-form"
    >
      <h2>{t('overview.settings')}</h2>
      {form.formError && <Notice kind="error">{form.formError}</Notice>}
      <div className="form-grid">
        <Field label={t('fields.name')} error={form.errors.name}>
          {(aria) => <input {...aria} value={v.name} onChange={(e) => form.set('name', e.target.value)} />}
        </Field>
        <Field label={t('fields.period')} error={form.errors.periodId} optional>
          {(aria) => (
            <select
              {...aria}
              value={v.periodId ?? ''}
              onChange={(e) => form.set('periodId', e.target.value ? Number(e.target.value) : null)}
            >
              <option value="">{t('fields.wholeYear')}</option>
              {periods.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('fields.objective')} error={form.errors.objective} hint={t('objectiveHelp.both')}>
          {(aria) => (
            <select
              {...aria}
              value={v.objective}
              onChange={(e) => form.set('objective', e.target.value as (typeof OBJECTIVES)[number])}
            >
              {OBJECTIVES.map((o) => (
                <option key={o} value={o}>
                  {t(`objective.${o}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <FieldGroup legend={t('fields.studentEntry')} hint={t('fields.studentEntryHint')}>
          <label className="choice">
            <input
              type="checkbox"
              checked={v.studentEntryOpen ?? false}
              onChange={(e) => form.set('studentEntryOpen', e.target.checked)}
            />
            {t('fields.studentEntryOpen')}
          </label>
        </FieldGroup>
      </div>
      <div className="form-actions">
        <Button type="submit" disabled={update.isPending}>
          {t('common:actions.save')}
        </Button>
      </div>
    </form>
  );
}
