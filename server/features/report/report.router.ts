import { router, procedure } from '../../trpc/init';
import { reportPeriodSchema } from '../../../shared/schemas/report';
import { accountabilityReport } from './report.service';
import { reportWorkbook } from './report.xlsx';

/** The verantwoordingsrapportage (docs/decisions/091): the projectleider and the regiegroep open it. */
export const reportRouter = router({
  accountability: procedure('report.read')
    .input(reportPeriodSchema)
    .query(({ ctx, input }) => accountabilityReport(ctx, input)),
  exportXlsx: procedure('report.read')
    .input(reportPeriodSchema)
    .query(({ ctx, input }) => reportWorkbook(ctx, input)),
});
