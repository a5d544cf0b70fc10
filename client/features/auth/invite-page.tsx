import { useState } from 'react';
import { useParams, Link, Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { acceptInviteSchema } from '../../../shared/schemas/auth';
import { EntityForm } from '../../components/ui/entity-form';
import { Notice } from '../../components/ui/notice';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { LanguageSwitch } from './language-switch';
import { logout } from '../../lib/auth-api';
import type { Me } from '../../lib/session';

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

/**
 * An invitation link opened while someone is signed in (a shared laptop, a beheerder trying the link). An
 * invitation to one's own address waits on the start page; someone else's says whose it is and offers to
 * log out, after which the same address shows the invitation (docs/decisions/076).
 */
export function InviteWhileSignedIn({ me }: { me: Me }) {
  const { t } = useTranslation('auth');
  const { token = '' } = useParams();
  const info = trpc.people.inviteInfo.useQuery({ token }, { retry: false });
  if (info.data?.email.toLowerCase() === me.user.email.toLowerCase()) return <Navigate to="/" replace />;

  async function logOutAndOpen() {
    await logout();
    window.location.reload(); // signed out, the same address is the invitation page
  }

  return (
    <>
      <PageHeader title={t('inviteTitle')} />
      <QueryState query={info}>
        {(data) => (
          <Notice kind="info">
            <p>{t('inviteForSomeoneElse', { email: data.email, me: me.user.email })}</p>
            <button type="button" onClick={() => void logOutAndOpen()}>
              {t('logoutToAccept')}
            </button>
          </Notice>
        )}
      </QueryState>
    </>
  );
}
