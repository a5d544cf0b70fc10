import { eq } from 'drizzle-orm';
import { users } from '../../../db/schema';
import { hashPassword, verifyPassword } from '../../auth/password';
import { endOtherSessions } from '../../auth/sessions';
import { AppError } from '../../errors';
import { auditAs, type ServiceContext } from '../scope';

/**
 * Changes one's own password after checking the current one; every other session of the account ends
 * (whoever else was logged in with the old password is out). An account that only logs in through
 * SURFconext has no current password and so cannot set one here.
 */
export async function changePassword(ctx: ServiceContext, input: { currentPassword: string; newPassword: string }) {
  const { passwordHash } = ctx.db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, ctx.actor.userId))
    .get()!;
  if (passwordHash === null || !(await verifyPassword(passwordHash, input.currentPassword)))
    throw new AppError('BAD_REQUEST', 'e.currentPasswordWrong', 'currentPassword');
  const newHash = await hashPassword(input.newPassword);
  ctx.db.transaction((tx) => {
    tx.update(users).set({ passwordHash: newHash }).where(eq(users.id, ctx.actor.userId)).run();
    endOtherSessions(tx, ctx.actor.userId, ctx.actor.sessionId);
    auditAs(ctx, { action: 'user.changePassword', subjectType: 'user', subjectId: ctx.actor.userId });
  });
  return { ok: true as const };
}
