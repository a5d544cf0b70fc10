import { z } from 'zod';
import { router, procedure, publicProcedure } from '../../trpc/init';
import { byIdSchema } from '../../../shared/schemas/common';
import {
  inviteClassSchema,
  inviteCsvSchema,
  inviteInputSchema,
  personSchema,
  removeRoleSchema,
  roleInputSchema,
  setBlockedSchema,
} from '../../../shared/schemas/people';
import { acceptInviteSchema } from '../../../shared/schemas/auth';
import * as service from './people.service';
import { acceptInvite, acceptMyInvitation, inviteInfo, myInvitations } from './invite-acceptance.service';
import { inviteClass, inviteFromCsv, renewInvite } from './bulk-invite.service';

export const peopleRouter = router({
  list: procedure('admin.manage').query(({ ctx }) => service.listPeople(ctx)),
  invite: procedure('admin.manage')
    .input(inviteInputSchema)
    .mutation(({ ctx, input }) => service.invite(ctx, input)),
  inviteClass: procedure('admin.manage')
    .input(inviteClassSchema)
    .mutation(({ ctx, input }) => inviteClass(ctx, input)),
  inviteFromCsv: procedure('admin.manage')
    .input(inviteCsvSchema)
    .mutation(({ ctx, input }) => inviteFromCsv(ctx, input)),
  renewInvite: procedure('admin.manage')
    .input(byIdSchema)
    .mutation(({ ctx, input }) => renewInvite(ctx, input.id)),
  revokeInvite: procedure('admin.manage')
    .input(byIdSchema)
    .mutation(({ ctx, input }) => service.revokeInvite(ctx, input.id)),
  addRole: procedure('admin.manage')
    .input(roleInputSchema)
    .mutation(({ ctx, input }) => service.addRole(ctx, input)),
  removeRole: procedure('admin.manage')
    .input(removeRoleSchema)
    .mutation(({ ctx, input }) => service.removeRole(ctx, input)),
  setBlocked: procedure('admin.manage')
    .input(setBlockedSchema)
    .mutation(({ ctx, input }) => service.setBlocked(ctx, input)),
  endSessions: procedure('admin.manage')
    .input(personSchema)
    .mutation(({ ctx, input }) => service.endSessions(ctx, input.userId)),
  /** Invitations to the logged-in person's own address (an account invited into another partnership). */
  myInvitations: procedure('signedIn').query(({ ctx }) => myInvitations(ctx.db, ctx.clock, ctx.actor)),
  acceptMyInvitation: procedure('signedIn')
    .input(byIdSchema)
    .mutation(({ ctx, input }) => acceptMyInvitation(ctx.db, ctx.clock, ctx.actor, input.id)),
  inviteInfo: publicProcedure
    .input(z.object({ token: z.string().min(10).max(200) }))
    .query(({ ctx, input }) => inviteInfo(ctx.db, ctx.clock, input.token)),
  acceptInvite: publicProcedure
    .input(acceptInviteSchema)
    .mutation(({ ctx, input }) => acceptInvite(ctx.db, ctx.clock, input.token, input.password)),
});
