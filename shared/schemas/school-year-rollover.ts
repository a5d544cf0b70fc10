import { z } from 'zod';
import { LEAVE_REASONS } from '../domain/school-year-rollover';
import { idSchema, isoDateSchema, revisionSchema } from './common';

export const rolloverPreviewSchema = z.object({ fromSchoolYearId: idSchema.optional() }).default({});

const uniqueIds = z
  .array(idSchema)
  .max(500)
  .default([])
  .transform((ids) => [...new Set(ids)]);

/** One class on the roll-over screen: who leaves (why, when), who joins, the new year's figures. */
export const rolloverClassSchema = z.object({
  cohortId: idSchema,
  /** The class's revision as the screen read it: a class changed since is refused (decision 071). */
  revision: revisionSchema,
  leaving: z
    .array(
      z.object({
        studentId: idSchema,
        reason: z.enum(LEAVE_REASONS, 'v.choose'),
        leftOn: isoDateSchema,
      }),
    )
    .max(500)
    .default([]),
  joining: uniqueIds,
  plannedDays: z
    .number('v.mentorTeams.plannedDays')
    .int('v.mentorTeams.plannedDays')
    .min(1, 'v.mentorTeams.plannedDays')
    .max(5, 'v.mentorTeams.plannedDays')
    .nullable()
    .default(null),
  budgetHoursPerPeriod: z
    .number('v.mentorTeams.budget')
    .int('v.mentorTeams.budget')
    .min(0, 'v.mentorTeams.budget')
    .max(10_000, 'v.mentorTeams.budget')
    .nullable()
    .default(null),
});

export const rolloverConfirmSchema = z.object({
  fromSchoolYearId: idSchema,
  classes: z.array(rolloverClassSchema).min(1, 'v.rollover.noClasses').max(200),
});
