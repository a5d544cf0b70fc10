import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { invites, memberships, sessions, topLocations, users } from '../../../db/schema';
import type { inviteInputSchema, roleInputSchema } from '../../../shared/schemas/people';
import type { Role } from '../../../shared/domain/roles';
import { AppError } from '../../errors';
import { accessStateIn, createInvite, invitePath, requireUnlinkedStudent } from './invitations';
import { getLocation } from '../locations/public';
import { requireStudent } from '../students/public';
import { audited, found, revised, uniqueOr, type ServiceContext } from '../scope';
import { queueInvitationMail } from '../mail/public';

type Tx = Parameters<Parameters<ServiceContext['db']['transaction']>[0]>[0];

type InviteInput = z.output<typeof inviteInputSchema>;
type RoleInput = z.output<typeof roleInputSchema>;

/** Everyone with a role in the partnership, with their roles, and the invitations still open. */
export function listPeople({ db, actor, clock }: ServiceContext) {
  const rows = db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      revision: users.revision,
      blockedAt: memberships.blockedAt,
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
      revision: number;
      blocked: boolean;
      roles: { role: Role; topLocationName: string | null }[];
    }
  >();
  for (const r of rows) {
    const person = people.get(r.userId) ?? {
      id: r.userId,
      name: r.name,
      email: r.email,
      revision: r.revision,
      blocked: r.blockedAt !== null,
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
 * Invites someone in a role. The answer is the same whether the address has an account or not: a person
 * with an account accepts after logging in, so a beheerder can never reach into an account by inviting it.
 * The link is shown once to the beheerder and mailed (through the outbox); only the token's hash is kept.
 */
export function invite(ctx: ServiceContext, input: InviteInput): { kind: 'invited'; link: string } {
  checkRoleTarget(ctx, input);
  if (input.studentId !== null) {
    requireStudent(ctx, input.studentId);
    requireUnlinkedStudent(ctx.db, input.studentId);
  }
  const { token } = audited(ctx, 'invite.create', 'invite', (tx) => {
    const made = createInvite(tx, ctx.clock, {
      ...input,
      partnershipId: ctx.actor.partnershipId,
      createdBy: ctx.actor.userId,
    });
    queueInvitationMail(tx, ctx.clock, {
      partnershipId: ctx.actor.partnershipId,
      email: input.email,
      name: input.name,
      token: made.token,
    });
    return made;
  });
  return { kind: 'invited', link: invitePath(token) };
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

/**
 * Roles and blocking change the person as the people page shows them: each sends the person's revision as
 * read, so a beheerder acting on a page from before another's change is told who changed it (decision 080).
 */
export function addRole(ctx: ServiceContext, input: RoleInput) {
  requireMember(ctx, input.userId);
  checkRoleTarget(ctx, input);
  return uniqueOr(
    () =>
      audited(ctx, 'membership.add', 'user', (tx) => {
        const revision = revised(ctx, 'user', input.userId, input.revision);
        tx.insert(memberships)
          .values({
            userId: input.userId,
            partnershipId: ctx.actor.partnershipId,
            role: input.role,
            topLocationId: input.role === 'locatie' ? input.topLocationId : null,
            createdAt: ctx.clock.now(),
            ...accessStateIn(tx, input.userId, ctx.actor.partnershipId),
          })
          .run();
        return { id: input.userId, revision };
      }),
    'e.roleTaken',
    'role',
  );
}

export function removeRole(ctx: ServiceContext, input: { userId: number; revision: number; role: Role }) {
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
    const revision = revised(ctx, 'user', input.userId, input.revision);
    tx.delete(memberships)
      .where(
        and(
          eq(memberships.userId, input.userId),
          eq(memberships.partnershipId, ctx.actor.partnershipId),
          eq(memberships.role, input.role),
        ),
      )
      .run();
    return { id: input.userId, revision };
  });
}

const ownRolesOf = (ctx: ServiceContext, userId: number) =>
  and(eq(memberships.userId, userId), eq(memberships.partnershipId, ctx.actor.partnershipId));

/** Ends the person's sessions in this partnership; a session elsewhere keeps working there, without this one. */
function endSessionsHere(ctx: ServiceContext, tx: Tx, userId: number) {
  const now = ctx.clock.now();
  tx.update(memberships).set({ sessionsEndedAt: now }).where(ownRolesOf(ctx, userId)).run();
  tx.delete(sessions)
    .where(and(eq(sessions.userId, userId), eq(sessions.partnershipId, ctx.actor.partnershipId)))
    .run();
}

/**
 * Blocks the person in this partnership only (all their roles here) and ends their sessions here; an
 * account with roles in another partnership stays usable there.
 */
export function setBlocked(ctx: ServiceContext, input: { userId: number; revision: number; blocked: boolean }) {
  requireMember(ctx, input.userId);
  if (input.userId === ctx.actor.userId) throw new AppError('BAD_REQUEST', 'e.ownAccount');
  return audited(ctx, input.blocked ? 'user.block' : 'user.unblock', 'user', (tx) => {
    const revision = revised(ctx, 'user', input.userId, input.revision);
    tx.update(memberships)
      .set({ blockedAt: input.blocked ? ctx.clock.now() : null })
      .where(ownRolesOf(ctx, input.userId))
      .run();
    if (input.blocked) endSessionsHere(ctx, tx, input.userId);
    return { id: input.userId, revision };
  });
}

/** "Log out everywhere" for one person, as far as this partnership goes. */
export function endSessions(ctx: ServiceContext, userId: number) {
  requireMember(ctx, userId);
  return audited(ctx, 'user.endSessions', 'user', (tx) => {
    endSessionsHere(ctx, tx, userId);
    return { id: userId };
  });
}
