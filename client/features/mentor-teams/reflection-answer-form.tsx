import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { useForm } from '../../lib/use-form';
import { reflectionAnswerSchema } from '../../../shared/schemas/mentor-teams';
import { Button } from '../../components/ui/button';
import { TextArea } from './text-area';

/** A mentor's answer to one reflection; the student reads it under their reflection. */
export function ReflectionAnswerForm({
  id,
  name,
  answer,
  say,
}: {
  id: number;
  name: string;
  answer: string;
  say: (kind: 'success' | 'error', text: string) => void;
}) {
  const { t } = useTranslation('mentor-teams');
  const utils = trpc.useUtils();
  const save = trpc.mentorTeams.answerReflection.useMutation({ onSuccess: () => utils.mentorTeams.invalidate() });
  const { formRef, ...form } = useForm(reflectionAnswerSchema, { id, answer });
  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = form.validate();
    if (!parsed) return;
    try {
      await save.mutateAsync(parsed);
      say('success', t('weekReflections.answered', { name }));
    } catch (error) {
      form.showServerError(error);
    }
  }
  return (
    <form
      ref={formRef}
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t('weekReflections.answerFor', { name })}
    >
      <TextArea
        label={t('weekReflections.answer')}
        value={form.values.answer ?? ''}
        onChange={(x) => form.set('answer', x)}
        error={form.errors.answer}
        avgHint
      />
      <div className="form-actions">
        <Button type="submit" disabled={save.isPending}>
          {t('weekReflections.send')}
        </Button>
      </div>
    </form>
  );
}
