import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { useForm } from '../../lib/use-form';
import { Button } from '../../components/ui/button';
import { FormErrors } from '../../components/ui/notice';
import { observationUpdateSchema } from '../../../shared/schemas/workplace';
import { ObservationFields } from './observation-fields';

interface Props {
  observation: { id: number; revision: number; body: string; visibleToStudent: boolean };
  onDone: (text: string | null) => void;
}

/**
 * The werkbegeleider edits their own observation, under its revision (decision 071): a save after
 * someone else's shows the conflict with "Mijn versie bewaren" and keeps what was typed.
 */
export function ObservationEditForm({ observation, onDone }: Props) {
  const { t } = useTranslation('workplace');
  const { formRef, ...form } = useForm(observationUpdateSchema, {
    id: observation.id,
    revision: observation.revision,
    body: observation.body,
    visibleToStudent: observation.visibleToStudent,
  });
  const utils = trpc.useUtils();
  const update = trpc.workplace.updateObservation.useMutation();

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = form.validate();
    if (!value) return;
    update.mutate(value, {
      onSuccess: () => {
        void utils.workplace.invalidate();
        onDone(t('observations.updated'));
      },
      onError: (e) => form.showServerError(e),
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t('observations.edit')}>
      <FormErrors errors={form.errors} formError={form.formError} conflict={form.conflict} />
      <ObservationFields form={form} />
      <div className="form-actions">
        <Button type="submit" disabled={update.isPending}>
          {t('observations.saveChange')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(null)}>
          {t('common:actions.cancel')}
        </Button>
      </div>
    </form>
  );
}
