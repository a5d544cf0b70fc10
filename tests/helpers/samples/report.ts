import type { Samples } from './types';

/** The report by school year names an object: another partnership's school year is not found. */
export const reportSamples: Samples = {
  'report.accountability': { input: (env) => ({ kind: 'schoolYear', schoolYearId: env.target.schoolYearId }), other: 'notFound' },
  'report.exportXlsx': { input: (env) => ({ kind: 'schoolYear', schoolYearId: env.target.schoolYearId }), other: 'notFound' },
};
