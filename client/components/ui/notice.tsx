import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Status messages are announced politely; errors at once. */
export function Notice({
  kind = 'info',
  children,
}: {
  kind?: 'info' | 'success' | 'error' | 'warning';
  children: ReactNode;
}) {
  return (
    <div className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/** At the top of a form: that there are errors at the fields, and an error that belongs to no field. */
export function FormErrors({
  errors,
  formError,
}: {
  errors: Record<string, string>;
  formError: string | null | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      {Object.keys(errors).length > 0 && <Notice kind="error">{t('common:state.formHasErrors')}</Notice>}
      {formError && <Notice kind="error">{formError}</Notice>}
    </>
  );
}
