import { router, procedure } from '../../trpc/init';
import { auditFilterSchema, auditListSchema } from '../../../shared/schemas/audit';
import * as service from './audit.service';

export const auditRouter = router({
  list: procedure('audit.read')
    .input(auditListSchema)
    .query(({ ctx, input }) => service.listAuditEvents(ctx, input, ctx.lang)),
  filterOptions: procedure('audit.read').query(({ ctx }) => service.auditFilterOptions(ctx, ctx.lang)),
  exportCsv: procedure('audit.read')
    .input(auditFilterSchema)
    .query(({ ctx, input }) => service.exportAuditCsv(ctx, input, ctx.lang)),
});
