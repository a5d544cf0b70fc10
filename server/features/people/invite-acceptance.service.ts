import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { invites, partnerships, users } from '../../../db/schema';
import type { Db } from '../../../db/client';
import type { Clock } from '../../clock';
import type { Actor } from '../../auth/actor';
import { AppError } from '../../errors';
import { audit } from '../../audit';
import { hashToken } from '../../auth/tokens';
import { hashPassword } from '../../auth/password';
import { grantInvite, openInvitesFor } from './invitations';

function openInvite(db: Db, clock: Clock, token: string) {
  const row = db
    .select({ invite: invites, partnershipName: partnerships.name })
    .from(invites)
    .innerJoin(partnerships, eq(partnerships.id, invites.partnershipId))
    .where(and(eq(invites.tokenHash, hashToken(token)), isNull(invites.acceptedAt), gt(invites.expiresAt, clock.now())))
    .get();
  if (!row) throw new AppError('NOT_FOUND', 'e.inviteInvalid');
  return row;
}

/** What the invitation page shows before the person chooses a password. */
export function inviteInfo(db: Db, clock: Clock, token: string) {
  const { invite, partnershipName } = openInvite(db, clock, token);
  return { name: invite.name, email: invite.email, role: invite.role, partnershipName };
}

function requireFreeEmail(db: Db, email: string): void {
  const taken = db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .get();
  if (taken) throw new AppError('CONFLICT', 'e.emailTaken');
}

function requireOpen(db: Db, clock: Clock, inviteId: number): void {
  const open = db
    .select({ id: invites.id })
    .from(invites)
    .where(and(eq(invites.id, inviteId), isNull(invites.acceptedAt), gt(invites.expiresAt, clock.now())))
    .get();
  if (!open) throw new AppError('NOT_FOUND', 'e.inviteInvalid');
}

/**
 * Creates the account for an open invitation, with its role; `passwordHash` null when the person comes
 * in through SURFconext. An address that has an account accepts after logging in instead.
 */
export function createAccountFromInvite(
  db: Db,
  clock: Clock,
  invite: typeof invites.$inferSelect,
  passwordHash: string | null,
): { userId: number; email: string } {
  requireFreeEmail(db, invite.email);
  return db.transaction((tx) => {
    // Checked again inside the transaction: a parallel acceptance may have used the invitation meanwhile.
    requireOpen(db, clock, invite.id);
    requireFreeEmail(db, invite.email);
    const { id } = tx
      .insert(users)
      .values({ email: invite.email.toLowerCase(), name: invite.name, passwordHash, createdAt: clock.now() })
      .returning({ id: users.id })
      .get();
    grantInvite(tx, clock, invite, id);
    // The same connection: the event is part of this transaction.
    audit(
      db,
      clock,
      { userId: id, partnershipId: invite.partnershipId },
      { action: 'invite.accept', subjectType: 'invite', subjectId: invite.id },
    );
    return { userId: id, email: invite.email };
  });
}

/**
 * The invitation link: choose a password and the account is made. The token is checked before the password is
 * hashed (a wrong token costs a lookup, not a hash), again when its turn to hash comes (parallel calls with one
 * token hash once), and once more in the transaction.
 */
export async function acceptInvite(db: Db, clock: Clock, token: string, password: string) {
  const { invite } = openInvite(db, clock, token);
  requireFreeEmail(db, invite.email);
  const passwordHash = await hashPassword(password, () => {
    openInvite(db, clock, token);
    requireFreeEmail(db, invite.email);
  });
  return { email: createAccountFromInvite(db, clock, invite, passwordHash).email };
}

/**
 * The account for an e-mail address an identity provider vouches for (SURFconext): the existing account,
 * or a new one made from the newest open invitation, which is thereby accepted. Never an account without
 * an invitation. An erased (disabled) account is not let in.
 */
export function accountForVerifiedEmail(
  db: Db,
  clock: Clock,
  email: string,
): { kind: 'account'; userId: number } | { kind: 'unknown' } {
  const account = db
    .select({ id: users.id, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .get();
  if (account) return account.disabledAt === null ? { kind: 'account', userId: account.id } : { kind: 'unknown' };
  const newest = openInvitesFor(db, clock, email)[0];
  if (!newest) return { kind: 'unknown' };
  const invite = db.select().from(invites).where(eq(invites.id, newest.id)).get()!;
  return { kind: 'account', userId: createAccountFromInvite(db, clock, invite, null).userId };
}

/** The invitations waiting for the person who is logged in (by the account's e-mail). */
export function myInvitations(db: Db, clock: Clock, actor: Actor) {
  return openInvitesFor(db, clock, actor.email).map(({ id, role, partnershipName }) => ({ id, role, partnershipName }));
}

/** A logged-in person accepts an invitation addressed to their e-mail; anyone else's is "not found". */
export function acceptMyInvitation(db: Db, clock: Clock, actor: Actor, inviteId: number) {
  if (!openInvitesFor(db, clock, actor.email).some((i) => i.id === inviteId))
    throw new AppError('NOT_FOUND', 'e.notFound');
  const invite = db.select().from(invites).where(eq(invites.id, inviteId)).get()!;
  db.transaction((tx) => {
    grantInvite(tx, clock, invite, actor.userId);
    // The same connection: the event is part of this transaction.
    audit(
      db,
      clock,
      { userId: actor.userId, partnershipId: invite.partnershipId },
      { action: 'invite.accept', subjectType: 'invite', subjectId: invite.id },
    );
  });
  return { partnershipId: invite.partnershipId };
}
