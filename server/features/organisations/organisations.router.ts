import { router, procedure } from '../../trpc/init';
import { byIdSchema } from '../../../shared/schemas/common';
import { organisationInputSchema, organisationUpdateSchema } from '../../../shared/schemas/organisations';
import * as service from './organisations.service';

export const organisationsRouter = router({
  list: procedure('admin.read').query(({ ctx }) => service.listOrganisations(ctx)),
  create: procedure('admin.manage')
    .input(organisationInputSchema)
    .mutation(({ ctx, input }) => service.createOrganisation(ctx, input)),
  update: procedure('admin.manage')
    .input(organisationUpdateSchema)
    .mutation(({ ctx, input }) => service.updateOrganisation(ctx, input)),
  remove: procedure('admin.manage')
    .input(byIdSchema)
    .mutation(({ ctx, input }) => service.removeOrganisation(ctx, input.id)),
});
