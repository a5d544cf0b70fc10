import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { useForm } from '../../lib/use-form';
import { formatDateTime } from '../../lib/format';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { FormErrors } from '../../components/ui/notice';
import { Section } from '../../components/ui/page';
import { observationCreateSchema } from '../../../shared/schemas/workplace';

export interface Observation {
  id: number;
  body: string;
  visibleToStudent: boolean;
  authorName: string;
  locationName: string;
  createdAt: number;
}

/** Who wrote it, where and when, and for whom it is marked. */
export function ObservationList({ observations }: { observations: Observation[] }) {
  const { t } = useTranslation('workplace');
  if (!observations.length) return <p className="empty">{t('observations.none')}</p>;
  return (
    <ul className="plain">
      {observations.map((o) => (
        <li key={o.id}>
          <p className="prewrap">{o.body}</p>
          <p className="muted">
            {t('observations.by', { name: o.authorName, location: o.locationName, when: formatDateTime(o.createdAt) })}{' '}
            · {o.visibleToStudent ? t('observations.forStudentBadge') : t('observations.teamOnly')}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** The werkbegeleider's observations of one student, and a new one: for the team, or also the student. */
export function ObservationsSection({
  studentId,
  observations,
  onSaved,
}: {
  studentId: number;
  observations: Observation[];
  onSaved: (text: string) => void;
}) {
  const { t } = useTranslation('workplace');
  const { formRef, ...form } = useForm(observationCreateSchema, { studentId, body: '', visibleToStudent: false });
  const utils = trpc.useUtils();
  const add = trpc.workplace.addObservation.useMutation({ onSuccess: () => utils.workplace.invalidate() });

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = form.validate();
    if (!value) return;
    add.mutate(value, {
      onSuccess: () => {
        form.reset({ studentId, body: '', visibleToStudent: false });
        onSaved(t('observations.saved'));
      },
      onError: (e) => form.showServerError(e),
    });
  }

  return (
    <Section title={t('observations.title')}>
      <form ref={formRef} onSubmit={submit} noValidate aria-label={t('observations.new')}>
        <FormErrors errors={form.errors} formError={form.formError} />
        <Field label={t('observations.body')} error={form.errors.body}>
          {(aria) => (
            <textarea {...aria} rows={3} value={form.values.body} onChange={(e) => form.set('body', e.target.value)} />
          )}
        </Field>
        <label className="choice">
          <input
            type="checkbox"
            checked={form.values.visibleToStudent ?? false}
            onChange={(e) => form.set('visibleToStudent', e.target.checked)}
          />{' '}
          {t('observations.forStudent')}
        </label>
        <div className="form-actions">
          <Button type="submit" disabled={add.isPending}>
            {t('observations.save')}
          </Button>
        </div>
      </form>
      <ObservationList observations={observations} />
    </Section>
  );
}
