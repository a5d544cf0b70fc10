import { z } from 'zod';
import { decimal, idSchema, isoDateSchema, optionalText, revisionSchema, searchTextSchema, text } from './common';
import { parseIsoWeekKey } from '../domain/dates';
import {
  ATTENDANCE,
  HOUR_LABEL_CODES,
  LOG_STATUSES,
  MAX_DAYS_PER_WEEK,
  MAX_HOURS_PER_DAY,
  SIGNAL_KINDS,
  SIGNAL_STATUSES,
  TEAM_ROLES,
} from '../domain/mentor-teams';
import { BEROEPSBEELD_COMPETENCE_CODES, BEROEPSBEELD_DOMAIN_CODES } from '../domain/beroepsbeeld';

/** "2026-W47": the week a log, reflection or signal belongs to (years 2000–2099 keep date sums sane). */
export const isoWeekKeySchema = z.string().refine((key) => {
  const week = parseIsoWeekKey(key);
  return week !== null && week.year >= 2000 && week.year <= 2099;
}, 'v.invalid');

/** Free text of a log, note or reflection: long, trimmed. */
const longText = (max = 4000) => optionalText(max);
const requiredLongText = (max = 4000) => text(max);

// ---- Teams -------------------------------------------------------------------------------------

export const teamMemberSchema = z.object({
  userId: idSchema,
  teamRole: z.enum(TEAM_ROLES, 'v.choose'),
  organisationId: idSchema.nullable().default(null),
});

const teamFields = z.object({
  name: text(120),
  cohortId: idSchema,
  sessionWeekday: z.number('v.choose').int().min(1, 'v.choose').max(5, 'v.choose'),
  budgetHoursPerPeriod: z
    .number('v.mentorTeams.budget')
    .int('v.mentorTeams.budget')
    .min(0, 'v.mentorTeams.budget')
    .max(10_000, 'v.mentorTeams.budget'),
  defaultPlannedDays: z
    .number('v.mentorTeams.plannedDays')
    .int('v.mentorTeams.plannedDays')
    .min(1, 'v.mentorTeams.plannedDays')
    .max(5, 'v.mentorTeams.plannedDays')
    .nullable()
    .default(null),
  organisationIds: z
    .array(idSchema)
    .max(20)
    .default([])
    .transform((ids) => [...new Set(ids)]),
  members: z.array(teamMemberSchema).min(1, 'v.mentorTeams.members').max(12),
});

function noDuplicateMembers(value: { members: { userId: number }[] }, ctx: z.RefinementCtx) {
  const seen = new Set<number>();
  value.members.forEach((m, i) => {
    if (seen.has(m.userId))
      ctx.addIssue({ code: 'custom', message: 'v.mentorTeams.duplicateMember', path: ['members', i, 'userId'] });
    seen.add(m.userId);
  });
}

export const teamInputSchema = teamFields.superRefine(noDuplicateMembers);
export const teamUpdateSchema = teamFields
  .extend({ id: idSchema, revision: revisionSchema })
  .superRefine(noDuplicateMembers);
export type TeamInput = z.input<typeof teamInputSchema>;

export const teamWeekSchema = z.object({ teamId: idSchema, week: isoWeekKeySchema.optional() });
export const teamStudentSchema = z.object({ teamId: idSchema, studentId: idSchema });
export const teamIdSchema = z.object({ teamId: idSchema });

// ---- Weekly session logs -----------------------------------------------------------------------

export const attendanceEntrySchema = z.object({
  studentId: idSchema,
  /** null: not recorded (niet ingevuld); a new week starts so, and no rate counts it. */
  attendance: z.enum(ATTENDANCE, 'v.choose').nullable().default(null),
  daysPresent: z
    .number('v.mentorTeams.daysPresent')
    .int('v.mentorTeams.daysPresent')
    .min(0, 'v.mentorTeams.daysPresent')
    .max(MAX_DAYS_PER_WEEK, 'v.mentorTeams.daysPresent')
    .nullable()
    .default(null),
});

const logFields = z.object({
  sessionDate: isoDateSchema,
  status: z.enum(LOG_STATUSES).default('concept'),
  expectations: longText(),
  practiceSituations: longText(),
  lessonMaterial: longText(),
  agreements: longText(),
  attendance: z.array(attendanceEntrySchema).max(200).default([]),
});

/** A draft may be half-written (it saves itself); a final log needs what was expected and what was agreed. */
function requiredWhenFinal(value: z.output<typeof logFields>, ctx: z.RefinementCtx) {
  if (value.status !== 'vastgesteld') return;
  for (const field of ['expectations', 'agreements'] as const) {
    if (value[field] === '') ctx.addIssue({ code: 'custom', message: 'v.required', path: [field] });
  }
}

export const logCreateSchema = logFields.extend({ teamId: idSchema }).superRefine(requiredWhenFinal);
export const logUpdateSchema = logFields
  .extend({ id: idSchema, revision: revisionSchema })
  .superRefine(requiredWhenFinal);

// ---- Notes and reflections ---------------------------------------------------------------------

export const noteCreateSchema = z.object({
  teamId: idSchema,
  studentId: idSchema,
  body: requiredLongText(),
  visibleToStudent: z.boolean().default(false),
});
export const noteUpdateSchema = z.object({
  id: idSchema,
  revision: revisionSchema,
  body: requiredLongText(),
  visibleToStudent: z.boolean().default(false),
});

export const reflectionInputSchema = z.object({
  week: isoWeekKeySchema,
  body: requiredLongText(),
  nextStep: longText(2000),
});
/** A team's reflections of one week, for its mentors (one page, one click from the week). */
export const weekReflectionsSchema = z.object({ teamId: idSchema, week: isoWeekKeySchema });
export const reflectionReadSchema = z.object({ id: idSchema });
export const reflectionAnswerSchema = z.object({ id: idSchema, answer: requiredLongText(2000) });

// ---- Signals -----------------------------------------------------------------------------------

const studentCount = z
  .number('v.mentorTeams.studentCount')
  .int('v.mentorTeams.studentCount')
  .min(0, 'v.mentorTeams.studentCount')
  .max(500, 'v.mentorTeams.studentCount');

export const signalCreateSchema = z.object({
  teamId: idSchema,
  week: isoWeekKeySchema,
  kind: z.enum(SIGNAL_KINDS, 'v.choose'),
  title: text(150),
  description: longText(2000),
  domain: z.enum(BEROEPSBEELD_DOMAIN_CODES, 'v.choose'),
  competence: z.enum(BEROEPSBEELD_COMPETENCE_CODES, 'v.choose'),
  studentCount,
});
export type SignalCreateInput = z.input<typeof signalCreateSchema>;
export const signalSeenAgainSchema = z.object({ id: idSchema, week: isoWeekKeySchema, studentCount });
export const signalStatusSchema = z.object({
  id: idSchema,
  revision: revisionSchema,
  status: z.enum(SIGNAL_STATUSES, 'v.choose'),
  note: optionalText(500),
});
export const signalListSchema = z.object({
  teamId: idSchema.optional(),
  includeClosed: z.boolean().default(true),
  q: searchTextSchema,
  /** Only the signals tagged with this domain of the Beroepsbeeld (a team's gap links here, decision 090). */
  domain: z.enum(BEROEPSBEELD_DOMAIN_CODES, 'v.choose').optional(),
});

// ---- Hours -------------------------------------------------------------------------------------

export const hourEntrySchema = z.object({
  teamId: idSchema,
  date: isoDateSchema,
  label: z.enum(HOUR_LABEL_CODES, 'v.choose'),
  hours: decimal(
    z.number('v.mentorTeams.hours').gt(0, 'v.mentorTeams.hours').max(MAX_HOURS_PER_DAY, 'v.mentorTeams.hours'),
  ),
  note: optionalText(200),
});
export const hoursQuerySchema = z.object({ teamId: idSchema, periodId: idSchema.optional() });
export const hoursExportSchema = z.object({ teamId: idSchema.optional() });
