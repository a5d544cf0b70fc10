import { z } from 'zod';
import { idSchema, revisionSchema } from './common';

/** Ends a coach registration today (`ended: true`) or takes an ended one up again (docs/decisions/091). */
export const coachEndSchema = z.object({ id: idSchema, revision: revisionSchema, ended: z.boolean() });
