import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictNotice } from './conflict-notice';

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
  conflict,
}: {
  errors: Record<string, string>;
  formError: string | null | undefined;
  /** A save refused because someone else saved in between (useForm's `conflict`). */
  conflict?: { message: string; keepMine: () => void } | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      {conflict && (
        <ConflictNotice message={conflict.message} onKeepMine={conflict.keepMine} onReload={() => location.reload()} />
      )}
      {Object.keys(errors).length > 0 && <Notice kind="error">{t('common:state.formHasErrors')}</Notice>}
      {formError && <Notice kind="error">{formError}</Notice>}
    </>
  );
}
