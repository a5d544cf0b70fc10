import { cohorts, schoolYearRollovers } from '../../../db/schema';
import { isoDateAt } from '../../../shared/domain/dates';
import { current } from './revision';
import type { SampleEnv, Samples } from './types';

/** A roll-over done today by the acting person (any user when there is no session): theirs to undo. */
function todaysRollover(env: SampleEnv) {
  const performedBy = env.actor?.userId ?? Object.values(env.target.userIdByEmail)[0]!;
  const undo = { cohorts: [], students: [], teams: [], insertedCohortYears: [] };
  return env.db
    .insert(schoolYearRollovers)
    .values({
      partnershipId: env.target.partnershipId,
      fromSchoolYearId: env.target.schoolYearId,
      toSchoolYearId: env.target.schoolYearId,
      performedBy,
      performedAt: env.clock.now(),
      performedOn: isoDateAt(env.clock.now()),
      undo,
    })
    .returning()
    .get().id;
}

export const rolloverSamples: Samples = {
  'rollover.preview': { input: (env) => ({ fromSchoolYearId: env.target.schoolYearId }), other: 'notFound' },
  'rollover.confirm': {
    input: (env) => ({
      fromSchoolYearId: env.target.schoolYearId,
      classes: [
        {
          cohortId: env.target.cohortId,
          revision: current(env, cohorts, env.target.cohortId).revision,
          budgetHoursPerPeriod: 100,
        },
      ],
    }),
    other: 'notFound',
  },
  'rollover.undo': { input: (env) => ({ id: todaysRollover(env) }), other: 'notFound', writes: true },
};
