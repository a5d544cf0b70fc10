import { z } from 'zod';
import { idSchema } from './common';

/** The period a verantwoordingsrapportage covers: a calendar quarter, or a school year of the partnership. */
export const reportPeriodSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('quarter'),
    year: z.number('v.report.year').int('v.report.year').min(2000, 'v.report.year').max(2100, 'v.report.year'),
    quarter: z.number('v.report.quarter').int('v.report.quarter').min(1, 'v.report.quarter').max(4, 'v.report.quarter'),
  }),
  z.object({ kind: z.literal('schoolYear'), schoolYearId: idSchema }),
]);
export type ReportPeriod = z.output<typeof reportPeriodSchema>;
