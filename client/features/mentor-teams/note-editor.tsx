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

const noteFields = noteUpdateSchema.pick({ body: true, visibleToStudent: true });

/** Writing or editing a note: the text (with the AVG nudge) and whether the student may read it. */
export function NoteEditor({ title, initial, onSave, onCancel }: Props) {
  const { t } = useTranslation('mentor-teams');
  const [body, setBody] = useState(initial.body);
  const [visible, setVisible] = useState(initial.visibleToStudent);
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // Only what this editor holds: the full update schema also asks for the revision, and failed on it
    // unseen (no field shows it), so no note was ever sent.
    const parsed = noteFields.safeParse({ body, visibleToStudent: visible });
    if (!parsed.success) return setError(fieldErrorsOf(parsed.error.issues, currentLanguage()).body);
    try {
      await onSave({ body: parsed.data.body, visibleToStudent: visible });
      // Emptied unless changed while the note was being sent: that typing stays (decision 103).
      setBody((now) => (now === body ? '' : now));
      setVisible((now) => (now === visible ? false : now));
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
