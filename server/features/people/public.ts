/** What other parts of the server may use of people and invitations. */
export { createInvite, invitePath } from './invitations';
export { accountForVerifiedEmail } from './invite-acceptance.service';
