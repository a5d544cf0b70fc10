import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorDetails } from '../../lib/trpc';
import { Button } from '../../components/ui/button';
import { Notice } from '../../components/ui/notice';
import { TextArea } from './text-area';
import { noteUpdateSchema } from '../../../shared/schemas/mentor-teams';
import { fieldErrorsOf } from '../../../shared/i18n/zod-issues';
import { currentLanguage } from '../../i18n';

interface Props {
  title: string;
  initial: { body: string; visibleToStudent: boolean };
  onSave: (value: { body: string; visibleToStudent: boolean }) => Promise<unknown>;
  onCancel?: () => void;
}

/** Writing or editing a note: the text (with the AVG nudge) and whether the student may read it. */
export function NoteEditor({ title, initial, onSave, onCancel }: Props) {
  const { t } = useTranslation('mentor-teams');
  const [body, setBody] = useState(initial.body);
  const [visible, setVisible] = useState(initial.visibleToStudent);
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = noteUpdateSchema.safeParse({ id: 1, body, visibleToStudent: visible });
    if (!parsed.success) return setError(fieldErrorsOf(parsed.error.issues, currentLanguage()).body);
    try {
      await onSave({ body: parsed.data.body, visibleToStudent: visible });
      setBody('');
      setVisible(false);
      setError(undefined);
      setFormError(null);
    } catch (e) {
      const details = errorDetails(e);
      setError(details.fieldErrors.body);
      setFormError(details.fieldErrors.body ? null : details.message);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={title}>
      {formError && <Notice kind="error">{formError}</Notice>}
      <TextArea label={title} value={body} onChange={setBody} error={error} avgHint rows={3} />
      <label className="choice">
        <input type="checkbox" checked={visible} onChange={(e) => setVisible(e.target.checked)} />{' '}
        {t('studentPage.visibleToStudent')}
      </label>
      <div className="form-actions">
        <Button type="submit">{t('common:actions.save')}</Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
