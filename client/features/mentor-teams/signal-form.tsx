import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { useForm } from '../../lib/use-form';
import { signalCreateSchema } from '../../../shared/schemas/mentor-teams';
import { SIGNAL_KINDS } from '../../../shared/domain/mentor-teams';
import { BEROEPSBEELD_COMPETENCE_CODES, BEROEPSBEELD_DOMAIN_CODES } from '../../../shared/domain/beroepsbeeld';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Notice } from '../../components/ui/notice';
import { TextArea } from './text-area';

/** Raise a signal in a week; the same signal raised again counts up (the server decides, and says so). */
export function SignalForm({
  teamId,
  week,
  weekNumber,
  onDone,
}: {
  teamId: number;
  week: string;
  weekNumber: number;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('mentor-teams');
  const utils = trpc.useUtils();
  const raise = trpc.mentorTeams.raiseSignal.useMutation();
  const empty = {
    teamId,
    week,
    kind: 'tekort' as const,
    title: '',
    description: '',
    domain: '' as never,
    competence: '' as never,
    studentCount: 1,
  };
  const { formRef, ...form } = useForm(signalCreateSchema, empty);
  const [open, setOpen] = useState(false);
  const v = form.values;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = form.validate();
    if (!parsed) return;
    try {
      const result = await raise.mutateAsync(parsed);
      form.reset(empty);
      setOpen(false);
      onDone(result.merged ? t('signals.merged') : t('signals.raised'));
      // Only now: the signal shows in the list after the form is closed and emptied (decision 103).
      void utils.mentorTeams.invalidate();
    } catch (error) {
      form.showServerError(error);
    }
  }

  if (!open) return <Button onClick={() => setOpen(true)}>{t('signals.raise')}</Button>;
  const select = (name: 'kind' | 'domain' | 'competence', options: readonly string[], prefix: string) => (
    <Field label={t(`signals.${name}`)} error={form.errors[name]}>
      {(aria) => (
        <select {...aria} value={v[name] ?? ''} onChange={(e) => form.set(name, e.target.value as never)}>
          {name !== 'kind' && <option value="">{t('common:forms.choose')}</option>}
          {options.map((o) => (
            <option key={o} value={o}>
              {t(`${prefix}.${o}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <form
      ref={formRef}
      onSubmit={(event) => void submit(event)}
      noValidate
      className="panel"
      aria-label={t('signals.raiseFor', { week: weekNumber })}
    >
      <h3>{t('signals.raiseFor', { week: weekNumber })}</h3>
      {form.formError && <Notice kind="error">{form.formError}</Notice>}
      <div className="form-grid">
        {select('kind', SIGNAL_KINDS, 'signalKinds')}
        <Field label={t('signals.titleField')} hint={t('signals.titleHint')} error={form.errors.title}>
          {(aria) => <input {...aria} value={v.title ?? ''} onChange={(e) => form.set('title', e.target.value)} />}
        </Field>
        {select('domain', BEROEPSBEELD_DOMAIN_CODES, 'domains')}
        {select('competence', BEROEPSBEELD_COMPETENCE_CODES, 'competences')}
        <Field label={t('signals.studentCount')} hint={t('signals.studentCountHint')} error={form.errors.studentCount}>
          {(aria) => (
            <input
              {...aria}
              type="number"
              inputMode="numeric"
              min={0}
              value={v.studentCount ?? ''}
              onChange={(e) => form.set('studentCount', e.target.value === '' ? undefined : Number(e.target.value))}
            />
          )}
        </Field>
      </div>
      <TextArea
        label={t('signals.description')}
        optional
        value={v.description ?? ''}
        error={form.errors.description}
        onChange={(value) => form.set('description', value)}
      />
      <div className="form-actions">
        <Button type="submit" disabled={raise.isPending}>
          {t('signals.raise')}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t('common:actions.cancel')}
        </Button>
      </div>
    </form>
  );
}
