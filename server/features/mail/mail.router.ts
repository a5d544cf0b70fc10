import { router, procedure } from '../../trpc/init';
import { mailPreferenceSchema, outboxFilterSchema } from '../../../shared/schemas/mail';
import * as service from './mail.service';

export const mailRouter = router({
  preferences: procedure('signedIn').query(({ ctx }) => service.myPreferences(ctx)),
  setPreference: procedure('signedIn')
    .input(mailPreferenceSchema)
    .mutation(({ ctx, input }) => service.setMyPreference(ctx, input)),
  outbox: procedure('mail.outbox')
    .input(outboxFilterSchema)
    .query(({ ctx, input }) => service.listOutbox(ctx, input)),
});
