import { eq } from 'drizzle-orm';
import { partnerships } from '../../../db/schema';
import type { Clock } from '../../clock';
import { queueMail, type DbOrTx } from './outbox';
import { contentOf } from './texts';
import { publicUrl } from './settings';

const invitationUrl = (token: string) => publicUrl(`/uitnodiging/${token}`);

/**
 * The invitation mail, queued in the transaction that creates the invitation. Called wherever an
 * invitation is made (one by one, in bulk, across partnerships): the only thing those places need to know.
 * An invited person has no account and no language yet: Dutch.
 */
export function queueInvitationMail(
  tx: DbOrTx,
  clock: Clock,
  invite: { partnershipId: number; email: string; name: string; token: string },
): void {
  const partnership = tx
    .select({ name: partnerships.name })
    .from(partnerships)
    .where(eq(partnerships.id, invite.partnershipId))
    .get();
  queueMail(tx, clock, {
    partnershipId: invite.partnershipId,
    userId: null,
    to: invite.email,
    kind: 'invitation',
    locale: 'nl',
    content: contentOf('invitation', 'nl', {
      name: invite.name,
      partnershipName: partnership?.name ?? 'Werkplaats',
      link: invitationUrl(invite.token),
    }),
    unsubscribable: false,
  });
}
