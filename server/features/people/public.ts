/** What other parts of the server may use of people and invitations. */
export { createInvite, invitePath, type NewInvite } from './invitations';
export { accountForVerifiedEmail } from './invite-acceptance.service';
