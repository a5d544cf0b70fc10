import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { useForm } from '../../lib/use-form';
import { hourEntrySchema } from '../../../shared/schemas/mentor-teams';
import { HOUR_LABEL_CODES } from '../../../shared/domain/mentor-teams';
import { isoDateAt } from '../../../shared/domain/dates';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Notice } from '../../components/ui/notice';
import { DecimalInput } from '../../components/ui/decimal-input';
import { AvgWarning } from './avg-hint';

/** Log hours on a day against a label; the server keeps a day within 24 hours. */
export function HourForm({
  teamId,
  onDone,
  headingLevel = 3,
}: {
  teamId: number;
  onDone: (message: string) => void;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { t } = useTranslation('mentor-teams');
  const utils = trpc.useUtils();
  const log = trpc.mentorTeams.logHours.useMutation();
  // Today as the form opens; after a save the form keeps the date just logged.
  const [today] = useState(() => isoDateAt(Date.now()));
  const empty = { teamId, date: today, label: '' as never, hours: undefined, note: '' };
  const { formRef, ...form } = useForm(hourEntrySchema, empty);
  const v = form.values;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = form.validate();
    if (!parsed) return;
    try {
      await log.mutateAsync(parsed);
      // Emptied before the lists refetch, keeping what was typed since sending (decision 103).
      form.saved({ ...empty, date: parsed.date, label: parsed.label });
      onDone(t('hours.logged'));
      void utils.mentorTeams.invalidate();
    } catch (error) {
      form.showServerError(error);
    }
  }

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate aria-label={t('hours.log')}>
      <Heading>{t('hours.log')}</Heading>
      {form.formError && <Notice kind="error">{form.formError}</Notice>}
      <div className="form-grid">
        <Field label={t('hours.date')} error={form.errors.date}>
          {(aria) => (
            <input {...aria} type="date" value={v.date ?? ''} onChange={(e) => form.set('date', e.target.value)} />
          )}
        </Field>
        <Field label={t('hours.label')} error={form.errors.label}>
          {(aria) => (
            <select {...aria} value={v.label ?? ''} onChange={(e) => form.set('label', e.target.value as never)}>
              <option value="">{t('common:forms.choose')}</option>
              {HOUR_LABEL_CODES.map((l) => (
                <option key={l} value={l}>
                  {t(`hourLabels.${l}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('hours.hours')} hint={t('hours.hoursHint')} error={form.errors.hours}>
          {(aria) => <DecimalInput {...aria} value={v.hours} onChange={(text) => form.set('hours', text)} />}
        </Field>
        <Field label={t('hours.note')} optional error={form.errors.note}>
          {(aria) => (
            <>
              <input {...aria} value={v.note ?? ''} onChange={(e) => form.set('note', e.target.value)} />
              <AvgWarning text={v.note ?? ''} />
            </>
          )}
        </Field>
      </div>
      <div className="form-actions">
        <Button type="submit" disabled={log.isPending}>
          {t('hours.log')}
        </Button>
      </div>
    </form>
  );
}
