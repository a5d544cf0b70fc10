import { useTranslation } from 'react-i18next';
import { Button } from './button';

/**
 * Someone else saved the record while this person was editing it (docs/decisions/071). What they typed
 * stays in the form; they choose: load the other version, or (where offered) save theirs over it.
 */
export function ConflictNotice({
  message,
  onReload,
  onKeepMine,
}: {
  message: string;
  onReload: () => void;
  onKeepMine?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-warning conflict-notice" role="alert">
      <p>{message}</p>
      <div className="form-actions">
        {onKeepMine && <Button onClick={onKeepMine}>{t('common:conflict.keepMine')}</Button>}
        <Button variant="secondary" onClick={onReload}>
          {t('common:conflict.reload')}
        </Button>
      </div>
    </div>
  );
}
