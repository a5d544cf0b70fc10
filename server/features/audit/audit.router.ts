import { z } from 'zod';
import { router, procedure } from '../../trpc/init';
import { idSchema } from '../../../shared/schemas/common';
import * as service from './audit.service';

export const auditRouter = router({
  list: procedure('audit.read')
    .input(
      z.object({
        subjectType: z.string().max(40).optional(),
        subjectId: z.string().max(40).optional(),
        before: idSchema.optional(),
        limit: z.number().int().min(1).max(200).default(50),
      }),
    )
    .query(({ ctx, input }) => service.listAuditEvents(ctx, input)),
});
