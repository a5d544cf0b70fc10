import { router, procedure } from '../../trpc/init';
import { byIdSchema } from '../../../shared/schemas/common';
import { periodInputSchema, periodUpdateSchema, schoolYearInputSchema } from '../../../shared/schemas/school-years';
import * as service from './school-years.service';

export const schoolYearsRouter = router({
  list: procedure('admin.read').query(({ ctx }) => service.listSchoolYears(ctx)),
  create: procedure('admin.manage')
    .input(schoolYearInputSchema)
    .mutation(({ ctx, input }) => service.createSchoolYear(ctx, input)),
  createPeriod: procedure('admin.manage')
    .input(periodInputSchema)
    .mutation(({ ctx, input }) => service.createPeriod(ctx, input)),
  updatePeriod: procedure('admin.manage')
    .input(periodUpdateSchema)
    .mutation(({ ctx, input }) => service.updatePeriod(ctx, input)),
  removePeriod: procedure('admin.manage')
    .input(byIdSchema)
    .mutation(({ ctx, input }) => service.removePeriod(ctx, input.id)),
});
