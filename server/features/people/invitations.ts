import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { invites, memberships, partnerships, students } from '../../../db/schema';
import type { Db } from '../../../db/client';
import type { Clock } from '../../clock';
import type { Role } from '../../../shared/domain/roles';
import { AppError } from '../../errors';
import { hashToken, newToken } from '../../auth/tokens';

export const INVITE_VALID_MS = 14 * 24 * 60 * 60_000;

export interface NewInvite {
  partnershipId: number;
  /** Null only for the first beheerder that `npm run setup` invites. */
  createdBy: number | null;
  email: string;
  name: string;
  role: Role;
  topLocationId: number | null;
  studentId: number | null;
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Makes an invitation and returns its one-time token (only the hash is kept). Whether the address
 * already has an account makes no difference here: that person accepts after logging in, so an invitation
 * never changes an existing account by itself.
 */
export function createInvite(
  db: Db | Tx,
  clock: Clock,
  input: NewInvite,
  validMs = INVITE_VALID_MS,
): { id: number; token: string } {
  const token = newToken();
  const now = clock.now();
  const { id } = db
    .insert(invites)
    .values({ ...input, tokenHash: hashToken(token), createdAt: now, expiresAt: now + validMs })
    .returning({ id: invites.id })
    .get();
  return { id, token };
}

export const invitePath = (token: string) => `/uitnodiging/${token}`;

/** A student record already tied to an account is not re-linked by an invitation: unlink it first. */
export function requireUnlinkedStudent(db: Db | Tx, studentId: number): void {
  const row = db.select({ userId: students.userId }).from(students).where(eq(students.id, studentId)).get();
  if (row?.userId != null) throw new AppError('CONFLICT', 'e.studentLinked', 'studentId');
}

/** The open invitations addressed to this e-mail (compared lower-cased), newest first. */
export function openInvitesFor(db: Db, clock: Clock, email: string) {
  return db
    .select({
      id: invites.id,
      role: invites.role,
      partnershipId: invites.partnershipId,
      partnershipName: partnerships.name,
    })
    .from(invites)
    .innerJoin(partnerships, eq(partnerships.id, invites.partnershipId))
    .where(
      and(
        eq(sql`lower(${invites.email})`, email.toLowerCase()),
        isNull(invites.acceptedAt),
        gt(invites.expiresAt, clock.now()),
      ),
    )
    .orderBy(sql`${invites.id} desc`)
    .all();
}

/** Gives an existing account the invitation's role (once) and marks the invitation accepted. */
export function grantInvite(tx: Tx, clock: Clock, invite: typeof invites.$inferSelect, userId: number): void {
  const now = clock.now();
  if (invite.studentId !== null) {
    requireUnlinkedStudent(tx, invite.studentId);
    tx.update(students).set({ userId }).where(eq(students.id, invite.studentId)).run();
  }
  tx.insert(memberships)
    .values({
      userId,
      partnershipId: invite.partnershipId,
      role: invite.role,
      topLocationId: invite.topLocationId,
      createdAt: now,
      ...accessStateIn(tx, userId, invite.partnershipId),
    })
    .onConflictDoNothing()
    .run();
  tx.update(invites).set({ acceptedAt: now }).where(eq(invites.id, invite.id)).run();
}

/**
 * A block or an ending of sessions holds for the person in the whole partnership, so a role added later
 * carries the same marks as the roles already there.
 */
export function accessStateIn(db: Db | Tx, userId: number, partnershipId: number) {
  const row = db
    .select({ blockedAt: memberships.blockedAt, sessionsEndedAt: memberships.sessionsEndedAt })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.partnershipId, partnershipId)))
    .get();
  return { blockedAt: row?.blockedAt ?? null, sessionsEndedAt: row?.sessionsEndedAt ?? null };
}
