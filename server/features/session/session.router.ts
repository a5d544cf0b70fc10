import { z } from 'zod';
import { router, procedure, publicProcedure } from '../../trpc/init';
import { idSchema } from '../../../shared/schemas/common';
import { LANGUAGES } from '../../../shared/i18n/messages';
import * as service from './session.service';
import { changePasswordSchema } from '../../../shared/schemas/auth';
import { changePassword } from './password.service';

export const sessionRouter = router({
  /** null when nobody is logged in: the client then shows the login page. */
  me: publicProcedure.query(({ ctx }) => (ctx.actor ? service.describeActor(ctx.db, ctx.actor) : null)),
  overview: procedure('admin.read').query(({ ctx }) => service.partnershipOverview(ctx)),
  switchPartnership: procedure('signedIn')
    .input(z.object({ partnershipId: idSchema }))
    .mutation(({ ctx, input }) => service.switchPartnership(ctx, input.partnershipId)),
  setLanguage: procedure('signedIn')
    .input(z.object({ locale: z.enum(LANGUAGES) }))
    .mutation(({ ctx, input }) => service.setLanguage(ctx, input.locale)),
  changePassword: procedure('signedIn')
    .input(changePasswordSchema)
    .mutation(({ ctx, input }) => changePassword(ctx, input)),
});
