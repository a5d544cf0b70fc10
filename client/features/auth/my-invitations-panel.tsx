import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { trpc } from '../../lib/trpc';
import { Button } from '../../components/ui/button';
import { Section } from '../../components/ui/page';

/**
 * Invitations to this person's own address from any partnership (an account is never changed by an
 * invitation alone: decision 076). Shows nothing when there are none.
 */
export function MyInvitationsPanel() {
  const { t } = useTranslation('auth');
  const queryClient = useQueryClient();
  const invitations = trpc.people.myInvitations.useQuery();
  const accept = trpc.people.acceptMyInvitation.useMutation({
    // The new partnership joins the switcher in the header.
    onSuccess: () => queryClient.invalidateQueries(),
  });
  if (!invitations.data?.length) return null;
  return (
    <Section title={t('invitationsTitle')}>
      <ul className="plain">
        {invitations.data.map((i) => (
          <li key={i.id}>
            {t('invitationFor', { partnership: i.partnershipName, role: t(`common:roles.${i.role}`) })}{' '}
            <Button disabled={accept.isPending} onClick={() => accept.mutate({ id: i.id })}>
              {t('acceptInvitation')}
            </Button>
          </li>
        ))}
      </ul>
    </Section>
  );
}
