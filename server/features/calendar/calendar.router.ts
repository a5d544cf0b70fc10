import { router, procedure } from '../../trpc/init';
import * as service from './calendar.service';

export const calendarRouter = router({
  status: procedure('signedIn').query(({ ctx }) => service.feedStatus(ctx)),
  renew: procedure('signedIn').mutation(({ ctx }) => service.renewFeed(ctx)),
});
