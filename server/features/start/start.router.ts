import { router, procedure } from '../../trpc/init';
import { attention } from './start.service';

export const startRouter = router({
  attention: procedure('signedIn').query(({ ctx }) => attention(ctx)),
});
