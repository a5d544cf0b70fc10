import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, type RouterOutputs } from '../../lib/trpc';
import { useForm } from '../../lib/use-form';
import { reflectionInputSchema } from '../../../shared/schemas/mentor-teams';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Notice } from '../../components/ui/notice';
import { TextArea } from './text-area';

type Mine = NonNullable<RouterOutputs['mentorTeams']['myReflections']>;

/** The student's reflection of a week (this week unless they pick an earlier one); saving again rewrites it. */
export function ReflectionForm({ mine, onSaved }: { mine: Mine; onSaved: (week: number) => void }) {
  const { t } = useTranslation('mentor-teams');
  const utils = trpc.useUtils();
  const save = trpc.mentorTeams.saveReflection.useMutation({
    onSuccess: () => utils.mentorTeams.myReflections.invalidate(),
  });
  const textOf = (key: string) => mine.reflections.find((r) => r.key === key);
  const { formRef, ...form } = useForm(reflectionInputSchema, {
    week: mine.currentWeek.key,
    body: textOf(mine.currentWeek.key)?.body ?? '',
    nextStep: textOf(mine.currentWeek.key)?.nextStep ?? '',
  });
  const v = form.values;

  // Choosing another week loads what was written for it, if anything.
  const chooseWeek = (week: string) => {
    const existing = textOf(week);
    form.reset({ week, body: existing?.body ?? '', nextStep: existing?.nextStep ?? '' });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = form.validate();
    if (!parsed) return;
    try {
      await save.mutateAsync(parsed);
      onSaved(mine.weeks.find((w) => w.key === parsed.week)?.week ?? 0);
    } catch (error) {
      form.showServerError(error);
    }
  }

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate aria-label={t('reflection.title')}>
      {form.formError && <Notice kind="error">{form.formError}</Notice>}
      <div className="form-grid">
        <Field label={t('reflection.week')} error={form.errors.week}>
          {(aria) => (
            <select {...aria} value={v.week} onChange={(e) => chooseWeek(e.target.value)}>
              {mine.weeks.map((w) => (
                <option key={w.key} value={w.key}>
                  {t('week', { week: w.week })}
                  {w.written ? ` (${t('reflection.written')})` : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <TextArea
        label={t('reflection.body')}
        value={v.body ?? ''}
        error={form.errors.body}
        onChange={(value) => form.set('body', value)}
        rows={5}
        avgHint
      />
      <TextArea
        label={t('reflection.nextStep')}
        value={v.nextStep ?? ''}
        error={form.errors.nextStep}
        onChange={(value) => form.set('nextStep', value)}
        optional
        rows={2}
      />
      <div className="form-actions">
        <Button type="submit" disabled={save.isPending}>
          {t('reflection.save')}
        </Button>
      </div>
    </form>
  );
}
