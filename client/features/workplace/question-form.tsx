import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { useForm } from '../../lib/use-form';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { FormErrors } from '../../components/ui/notice';
import { Section } from '../../components/ui/page';
import { questionCreateSchema } from '../../../shared/schemas/workplace';

/** A question or remark to the programme: it arrives with the student's mentor team, to triage. */
export function QuestionForm({ studentId, onSent }: { studentId: number; onSent: (text: string) => void }) {
  const { t } = useTranslation('workplace');
  const { formRef, ...form } = useForm(questionCreateSchema, { studentId, body: '' });
  const ask = trpc.workplace.askQuestion.useMutation();

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = form.validate();
    if (!value) return;
    ask.mutate(value, {
      onSuccess: () => {
        // Keeps what was typed while the question was being sent (decision 103).
        form.saved({ studentId, body: '' });
        onSent(t('question.sent'));
      },
      onError: (e) => form.showServerError(e),
    });
  }

  return (
    <Section title={t('question.title')}>
      <p>{t('question.intro')}</p>
      <form ref={formRef} onSubmit={submit} noValidate aria-label={t('question.title')}>
        <FormErrors errors={form.errors} formError={form.formError} />
        <Field label={t('question.body')} error={form.errors.body}>
          {(aria) => (
            <textarea {...aria} rows={3} value={form.values.body} onChange={(e) => form.set('body', e.target.value)} />
          )}
        </Field>
        <div className="form-actions">
          <Button type="submit" disabled={ask.isPending}>
            {t('question.send')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
