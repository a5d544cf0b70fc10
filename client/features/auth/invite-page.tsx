import { useState } from 'react';
import { useParams, Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { acceptInviteSchema } from '../../../shared/schemas/auth';
import { EntityForm } from '../../components/ui/entity-form';
import { Notice } from '../../components/ui/notice';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { LanguageSwitch } from './language-switch';

/** Where an invitation link lands: choose a password, then log in. */
export function InvitePage() {
  const { t } = useTranslation('auth');
  const { token = '' } = useParams();
  const info = trpc.people.inviteInfo.useQuery({ token }, { retry: false });
  const accept = trpc.people.acceptInvite.useMutation();
  const [done, setDone] = useState(false);

  return (
    <div className="auth-page">
      <main id="inhoud" className="auth-card">
        <LanguageSwitch />
        <PageHeader title={t('inviteTitle')} />
        {done ? (
          <Notice kind="success">
            {t('inviteDone')} <Link to="/">{t('login')}</Link>
          </Notice>
        ) : (
          <QueryState query={info}>
            {(data) => (
              <>
                <p>{t('inviteIntro', { name: data.name, partnership: data.partnershipName, email: data.email })}</p>
                <EntityForm
                  title={t('choosePassword')}
                  schema={acceptInviteSchema}
                  initial={{ token, password: '' }}
                  fields={[
                    {
                      name: 'password',
                      label: t('newPassword'),
                      kind: 'password',
                      hint: t('passwordHint'),
                      autoComplete: 'new-password',
                    },
                  ]}
                  submitLabel={t('createAccount')}
                  busy={accept.isPending}
                  onSubmit={async (value) => {
                    await accept.mutateAsync(value);
                    setDone(true);
                  }}
                />
              </>
            )}
          </QueryState>
        )}
      </main>
    </div>
  );
}
