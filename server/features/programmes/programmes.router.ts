import { router, procedure } from '../../trpc/init';
import { byIdSchema } from '../../../shared/schemas/common';
import { programmeInputSchema, programmeUpdateSchema } from '../../../shared/schemas/programmes';
import * as service from './programmes.service';

export const programmesRouter = router({
  list: procedure('admin.read').query(({ ctx }) => service.listProgrammes(ctx)),
  create: procedure('admin.manage')
    .input(programmeInputSchema)
    .mutation(({ ctx, input }) => service.createProgramme(ctx, input)),
  update: procedure('admin.manage')
    .input(programmeUpdateSchema)
    .mutation(({ ctx, input }) => service.updateProgramme(ctx, input)),
  remove: procedure('admin.manage')
    .input(byIdSchema)
    .mutation(({ ctx, input }) => service.removeProgramme(ctx, input.id)),
});
