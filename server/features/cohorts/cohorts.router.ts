import { router, procedure } from '../../trpc/init';
import { byIdSchema } from '../../../shared/schemas/common';
import { cohortInputSchema, cohortUpdateSchema } from '../../../shared/schemas/cohorts';
import * as service from './cohorts.service';

export const cohortsRouter = router({
  list: procedure('admin.read').query(({ ctx }) => service.listCohorts(ctx)),
  create: procedure('admin.manage')
    .input(cohortInputSchema)
    .mutation(({ ctx, input }) => service.createCohort(ctx, input)),
  update: procedure('admin.manage')
    .input(cohortUpdateSchema)
    .mutation(({ ctx, input }) => service.updateCohort(ctx, input)),
  remove: procedure('admin.manage')
    .input(byIdSchema)
    .mutation(({ ctx, input }) => service.removeCohort(ctx, input.id)),
});
