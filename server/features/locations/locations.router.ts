import { router, procedure } from '../../trpc/init';
import { byIdSchema } from '../../../shared/schemas/common';
import { locationInputSchema, locationUpdateSchema } from '../../../shared/schemas/locations';
import * as service from './locations.service';

export const locationsRouter = router({
  list: procedure('admin.read').query(({ ctx }) => service.listLocations(ctx)),
  get: procedure('admin.read')
    .input(byIdSchema)
    .query(({ ctx, input }) => service.getLocation(ctx, input.id)),
  create: procedure('admin.manage')
    .input(locationInputSchema)
    .mutation(({ ctx, input }) => service.createLocation(ctx, input)),
  update: procedure('admin.manage')
    .input(locationUpdateSchema)
    .mutation(({ ctx, input }) => service.updateLocation(ctx, input)),
  remove: procedure('admin.manage')
    .input(byIdSchema)
    .mutation(({ ctx, input }) => service.removeLocation(ctx, input.id)),
});
