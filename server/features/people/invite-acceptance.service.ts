import { and, eq, gt, isNull } from 'drizzle-orm';
import { invites, memberships, partnerships, students, users } from '../../../db/schema';
import type { Db } from '../../../db/client';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import { audit } from '../../audit';
import { hashToken } from '../../auth/tokens';
import { hashPassword } from '../../auth/password';

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
  if (db.select({ id: users.id }).from(users).where(eq(users.email, email)).get())
    throw new AppError('CONFLICT', 'e.emailTaken');
}

/**
 * Creates the account with its role. An e-mail that got an account meanwhile must log in instead.
 * The token is checked before the password is hashed (a wrong token costs a lookup, not a hash), again
 * when its turn to hash comes (parallel calls with one token hash once), and once more in the transaction.
 */
export async function acceptInvite(db: Db, clock: Clock, token: string, password: string) {
  const { invite } = openInvite(db, clock, token);
  requireFreeEmail(db, invite.email);
  const passwordHash = await hashPassword(password, () => {
    openInvite(db, clock, token);
    requireFreeEmail(db, invite.email);
  });
  return db.transaction((tx) => {
    openInvite(db, clock, token);
    requireFreeEmail(db, invite.email);
    const now = clock.now();
    const { id } = tx
      .insert(users)
      .values({ email: invite.email, name: invite.name, passwordHash, createdAt: now })
      .returning({ id: users.id })
      .get();
    tx.insert(memberships)
      .values({
        userId: id,
        partnershipId: invite.partnershipId,
        role: invite.role,
        topLocationId: invite.topLocationId,
        createdAt: now,
      })
      .run();
    if (invite.studentId !== null)
      tx.update(students).set({ userId: id }).where(eq(students.id, invite.studentId)).run();
    tx.update(invites).set({ acceptedAt: now }).where(eq(invites.id, invite.id)).run();
    audit(
      db,
      clock,
      { userId: id, partnershipId: invite.partnershipId },
      { action: 'invite.accept', subjectType: 'invite', subjectId: invite.id },
    );
    return { email: invite.email };
  });
}
