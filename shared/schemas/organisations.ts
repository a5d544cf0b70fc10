import { z } from 'zod';
import { ORGANISATION_TYPES } from '../domain/organisations';
import { idSchema, revisionSchema, text } from './common';

export const organisationInputSchema = z.object({
  name: text(150),
  type: z.enum(ORGANISATION_TYPES),
});
export const organisationUpdateSchema = organisationInputSchema.extend({ id: idSchema, revision: revisionSchema });
export type OrganisationInput = z.infer<typeof organisationInputSchema>;
