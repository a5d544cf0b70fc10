import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { changePasswordSchema } from '../../../shared/schemas/auth';
import { EntityForm } from '../../components/ui/entity-form';
import { Notice } from '../../components/ui/notice';

/** Change one's own password; the server ends every other session of the account. */
export function ChangePasswordPanel() {
  const { t } = useTranslation('auth');
  const change = trpc.session.changePassword.useMutation();
  const [done, setDone] = useState(false);
  const [key, setKey] = useState(0);
  return (
    <div className="panel">
      {done && <Notice kind="success">{t('passwordChanged')}</Notice>}
      <EntityForm
        key={key}
        title={t('changePasswordTitle')}
        schema={changePasswordSchema}
        initial={{ currentPassword: '', newPassword: '' }}
        fields={[
          { name: 'currentPassword', label: t('currentPassword'), kind: 'password', autoComplete: 'current-password' },
          {
            name: 'newPassword',
            label: t('newPassword'),
            kind: 'password',
            hint: t('passwordHint'),
            autoComplete: 'new-password',
          },
        ]}
        submitLabel={t('changePassword')}
        busy={change.isPending}
        onSubmit={async (value) => {
          await change.mutateAsync(value);
          setDone(true);
          setKey((k) => k + 1);
        }}
      />
    </div>
  );
}
