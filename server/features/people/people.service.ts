import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { invites, memberships, students, topLocations, users } from '../../../db/schema';
import type { inviteInputSchema, roleInputSchema } from '../../../shared/schemas/people';
import type { Role } from '../../../shared/domain/roles';
import { AppError } from '../../errors';
import { hashToken, newToken } from '../../auth/tokens';
import { endSessionsOfUser } from '../../auth/sessions';
import { getLocation } from '../locations/public';
import { requireStudent } from '../students/public';
import { audited, found, uniqueOr, type ServiceContext } from '../scope';

export const INVITE_VALID_MS = 14 * 24 * 60 * 60_000;

type InviteInput = z.output<typeof inviteInputSchema>;
type RoleInput = z.output<typeof roleInputSchema>;

/** Everyone with a role in the partnership, with their roles, and the invitations still open. */
export function listPeople({ db, actor, clock }: ServiceContext) {
  const rows = db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      disabledAt: users.disabledAt,
      role: memberships.role,
      topLocationId: memberships.topLocationId,
      topLocationName: topLocations.name,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(topLocations, eq(topLocations.id, memberships.topLocationId))
    .where(eq(memberships.partnershipId, actor.partnershipId))
    .orderBy(asc(users.name))
    .all();
  const people = new Map<
    number,
    {
      id: number;
      name: string;
      email: string;
      blocked: boolean;
      roles: { role: Role; topLocationName: string | null }[];
    }
  >();
  for (const r of rows) {
    const person = people.get(r.userId) ?? {
      id: r.userId,
      name: r.name,
      email: r.email,
      blocked: r.disabledAt !== null,
      roles: [],
    };
    person.roles.push({ role: r.role as Role, topLocationName: r.topLocationName });
    people.set(r.userId, person);
  }
  const openInvites = db
    .select({
      id: invites.id,
      name: invites.name,
      email: invites.email,
      role: invites.role,
      expiresAt: invites.expiresAt,
    })
    .from(invites)
    .where(
      and(
        eq(invites.partnershipId, actor.partnershipId),
        isNull(invites.acceptedAt),
        gt(invites.expiresAt, clock.now()),
      ),
    )
    .orderBy(asc(invites.name))
    .all();
  return { people: [...people.values()], invites: openInvites };
}

function checkRoleTarget(ctx: ServiceContext, input: { role: Role; topLocationId: number | null }) {
  if (input.role === 'locatie' && input.topLocationId !== null) getLocation(ctx, input.topLocationId);
}

/**
 * Invites someone in a role. A person who already has an account simply gets the role; otherwise an
 * invitation link is made, shown once to the beheerder (mail comes later). Only the token's hash is kept.
 */
export function invite(
  ctx: ServiceContext,
  input: InviteInput,
): { kind: 'roleAdded'; userId: number } | { kind: 'invited'; link: string } {
  checkRoleTarget(ctx, input);
  if (input.studentId !== null) requireStudent(ctx, input.studentId);
  const existing = ctx.db.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get();
  if (existing) {
    addRole(
      ctx,
      { userId: existing.id, role: input.role, topLocationId: input.topLocationId },
      { skipMemberCheck: true },
    );
    if (input.role === 'student' && input.studentId !== null) {
      ctx.db.update(students).set({ userId: existing.id }).where(eq(students.id, input.studentId)).run();
    }
    return { kind: 'roleAdded', userId: existing.id };
  }
  const token = newToken();
  audited(ctx, 'invite.create', 'invite', (tx) =>
    tx
      .insert(invites)
      .values({
        ...input,
        partnershipId: ctx.actor.partnershipId,
        tokenHash: hashToken(token),
        createdBy: ctx.actor.userId,
        createdAt: ctx.clock.now(),
        expiresAt: ctx.clock.now() + INVITE_VALID_MS,
      })
      .returning({ id: invites.id })
      .get(),
  );
  return { kind: 'invited', link: `/uitnodiging/${token}` };
}

export function revokeInvite(ctx: ServiceContext, id: number) {
  found(
    ctx.db
      .select({ id: invites.id })
      .from(invites)
      .where(and(eq(invites.id, id), eq(invites.partnershipId, ctx.actor.partnershipId), isNull(invites.acceptedAt)))
      .get(),
  );
  return audited(ctx, 'invite.revoke', 'invite', (tx) => {
    tx.update(invites).set({ expiresAt: ctx.clock.now() }).where(eq(invites.id, id)).run();
    return { id };
  });
}

function requireMember({ db, actor }: ServiceContext, userId: number) {
  found(
    db
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.userId, userId), eq(memberships.partnershipId, actor.partnershipId)))
      .get(),
  );
}

export function addRole(ctx: ServiceContext, input: RoleInput, opts: { skipMemberCheck?: boolean } = {}) {
  if (!opts.skipMemberCheck) requireMember(ctx, input.userId);
  checkRoleTarget(ctx, input);
  return uniqueOr(
    () =>
      audited(ctx, 'membership.add', 'user', (tx) => {
        tx.insert(memberships)
          .values({
            userId: input.userId,
            partnershipId: ctx.actor.partnershipId,
            role: input.role,
            topLocationId: input.role === 'locatie' ? input.topLocationId : null,
            createdAt: ctx.clock.now(),
          })
          .run();
        return { id: input.userId };
      }),
    'e.roleTaken',
    'role',
  );
}

export function removeRole(ctx: ServiceContext, input: { userId: number; role: Role }) {
  requireMember(ctx, input.userId);
  if (input.role === 'beheerder') {
    const beheerders = ctx.db
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.partnershipId, ctx.actor.partnershipId), eq(memberships.role, 'beheerder')))
      .all();
    if (beheerders.length === 1 && beheerders[0]!.userId === input.userId)
      throw new AppError('CONFLICT', 'e.lastBeheerder');
  }
  return audited(ctx, 'membership.remove', 'user', (tx) => {
    tx.delete(memberships)
      .where(
        and(
          eq(memberships.userId, input.userId),
          eq(memberships.partnershipId, ctx.actor.partnershipId),
          eq(memberships.role, input.role),
        ),
      )
      .run();
    return { id: input.userId };
  });
}

/** Blocking an account ends its sessions at once. */
export function setBlocked(ctx: ServiceContext, input: { userId: number; blocked: boolean }) {
  requireMember(ctx, input.userId);
  if (input.userId === ctx.actor.userId) throw new AppError('BAD_REQUEST', 'e.ownAccount');
  return audited(ctx, input.blocked ? 'user.block' : 'user.unblock', 'user', (tx) => {
    tx.update(users)
      .set({ disabledAt: input.blocked ? ctx.clock.now() : null })
      .where(eq(users.id, input.userId))
      .run();
    if (input.blocked) endSessionsOfUser(tx, input.userId);
    return { id: input.userId };
  });
}
