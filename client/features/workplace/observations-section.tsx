import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { useForm } from '../../lib/use-form';
import { formatDateTime } from '../../lib/format';
import { Button } from '../../components/ui/button';
import { FormErrors } from '../../components/ui/notice';
import { Section } from '../../components/ui/page';
import { observationCreateSchema } from '../../../shared/schemas/workplace';
import { ObservationEditForm } from './observation-edit-form';
import { ObservationFields } from './observation-fields';

export interface Observation {
  id: number;
  body: string;
  visibleToStudent: boolean;
  authorName: string;
  locationName: string;
  createdAt: number;
  /** Given to the werkbegeleider: their own observations can be edited (under the revision). */
  mine?: boolean;
  revision?: number;
}

/** Who wrote it, where and when, and for whom it is marked; the author edits their own in place. */
export function ObservationList({
  observations,
  onSaved,
}: {
  observations: Observation[];
  onSaved?: (text: string) => void;
}) {
  const { t } = useTranslation('workplace');
  const [editing, setEditing] = useState<number | null>(null);
  if (!observations.length) return <p className="empty">{t('observations.none')}</p>;
  return (
    <ul className="plain">
      {observations.map((o) => {
        const when = formatDateTime(o.createdAt);
        return (
          <li key={o.id}>
            {editing === o.id && o.revision !== undefined ? (
              <ObservationEditForm
                observation={{ ...o, revision: o.revision }}
                onDone={(text) => {
                  setEditing(null);
                  if (text) onSaved?.(text);
                }}
              />
            ) : (
              <p className="prewrap">{o.body}</p>
            )}
            <p className="muted">
              {t('observations.by', { name: o.authorName, location: o.locationName, when })} ·{' '}
              {o.visibleToStudent ? t('observations.forStudentBadge') : t('observations.teamOnly')}
              {o.mine && onSaved && editing !== o.id && (
                <>
                  {' '}
                  <Button
                    variant="link"
                    aria-label={t('observations.editOf', { when })}
                    onClick={() => setEditing(o.id)}
                  >
                    {t('observations.editButton')}
                  </Button>
                </>
              )}
            </p>
          </li>
        );
      })}
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
  const add = trpc.workplace.addObservation.useMutation();

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = form.validate();
    if (!value) return;
    add.mutate(value, {
      // Empty the form first, then refresh the list without waiting: the saved item must not appear while
      // the old text is still in the form, or a reset landing later wipes what the person types next.
      onSuccess: () => {
        form.reset({ studentId, body: '', visibleToStudent: false });
        onSaved(t('observations.saved'));
        void utils.workplace.invalidate();
      },
      onError: (e) => form.showServerError(e),
    });
  }

  return (
    <Section title={t('observations.title')}>
      <form ref={formRef} onSubmit={submit} noValidate aria-label={t('observations.new')}>
        <FormErrors errors={form.errors} formError={form.formError} />
        <ObservationFields form={form} />
        <div className="form-actions">
          <Button type="submit" disabled={add.isPending}>
            {t('observations.save')}
          </Button>
        </div>
      </form>
      <ObservationList observations={observations} onSaved={onSaved} />
    </Section>
  );
}
