import { useTranslation } from 'react-i18next';
import { Field } from '../../components/ui/field';

/** What the two observation forms (new, edit) share of their `useForm` state. */
interface ObservationForm {
  values: { body?: string; visibleToStudent?: boolean };
  errors: Record<string, string>;
  set: ((name: 'body', value: string) => void) & ((name: 'visibleToStudent', value: boolean) => void);
}

/** The observation's text and "also for the student", in the new and the edit form alike. */
export function ObservationFields({ form }: { form: ObservationForm }) {
  const { t } = useTranslation('workplace');
  return (
    <>
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
    </>
  );
}
