import { z } from 'zod';
import { idSchema, isoDateSchema, optionalText, revisionSchema, searchTextSchema, text } from './common';
import {
  ACTION_STATUSES,
  AGENDA_KINDS,
  DASHBOARD_TABLES,
  DECISION_SUBJECTS,
  MAX_AGENDA_ITEMS,
  MAX_MEETINGS_PER_YEAR,
  MEETING_STATUSES,
  PROGRAMME_CHANGES,
  TREND_CIRCLES,
} from '../domain/regiegroep';
import { SIGNAL_STATUSES } from '../domain/mentor-teams';
import { BEROEPSBEELD_COMPETENCE_CODES, BEROEPSBEELD_DOMAIN_CODES } from '../domain/beroepsbeeld';
import { ENTRY_STATUSES, MATURITY_LEVELS, PRACTICAL_CATEGORIES } from '../domain/knowledge';
import { REASON_CODES } from '../domain/placements';

// ---- Dashboard -----------------------------------------------------------------------------------

/** The dashboard's filters. An id that selects nothing (or another partnership's) gives an empty state. */
export const dashboardFilterFields = {
  schoolYearId: idSchema.optional(),
  periodId: idSchema.optional(),
  locationId: idSchema.optional(),
  programmeId: idSchema.optional(),
  organisationId: idSchema.optional(),
};
export const dashboardFilterSchema = z.object(dashboardFilterFields);
export type DashboardFilter = z.output<typeof dashboardFilterSchema>;

export const drillTeamSchema = z.object({ ...dashboardFilterFields, teamId: idSchema });

/** A class's line over its school years (decision 088). */
export const classLineSchema = z.object({ teamId: idSchema });

/** "2026-11": a month of the dashboard's time axis. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'v.invalid');

export const drillSignalsSchema = z.object({
  ...dashboardFilterFields,
  teamId: idSchema.optional(),
  domain: z.enum(BEROEPSBEELD_DOMAIN_CODES).optional(),
  competence: z.enum(BEROEPSBEELD_COMPETENCE_CODES).optional(),
  status: z.enum(SIGNAL_STATUSES).optional(),
  month: monthSchema.optional(),
});

/** Why a student is unplaced: the engine's reason at their first choice, or no choices, or not explained. */
export const UNPLACED_REASONS = [...REASON_CODES, 'geen-voorkeuren', 'onbekend'] as const;
export type UnplacedReason = (typeof UNPLACED_REASONS)[number];

export const drillPlacementsSchema = z.object({
  ...dashboardFilterFields,
  outcome: z.enum(['geplaatst', 'niet-geplaatst']).optional(),
  reason: z.enum(UNPLACED_REASONS).optional(),
  /** 0: placed at a location not on their list. */
  rank: z.number().int().min(0).max(10).optional(),
});

export const drillEntriesSchema = z.object({
  ...dashboardFilterFields,
  category: z.enum(PRACTICAL_CATEGORIES).optional(),
  categoryId: idSchema.optional(),
  uncategorised: z.boolean().optional(),
  status: z.enum(ENTRY_STATUSES).optional(),
  /** The status as it stood at the end of this month (else at the end of the window). */
  month: monthSchema.optional(),
});

export const drillPrinciplesSchema = z.object({
  ...dashboardFilterFields,
  maturity: z.enum(MATURITY_LEVELS).optional(),
  /** Principles adopted at this TOP-locatie. */
  adoptedAt: idSchema.optional(),
  /** Principles adopted at this many locations (3 = three or more). */
  spread: z.number().int().min(0).max(3).optional(),
});

export const exportTableSchema = z.object({ ...dashboardFilterFields, table: z.enum(DASHBOARD_TABLES) });

// ---- The group ---------------------------------------------------------------------------------

export const groupUpdateSchema = z.object({
  name: text(120),
  meetingsPerYear: z
    .number('v.regiegroep.rhythm')
    .int('v.regiegroep.rhythm')
    .min(1, 'v.regiegroep.rhythm')
    .max(MAX_MEETINGS_PER_YEAR, 'v.regiegroep.rhythm'),
  chairUserId: idSchema.nullable().default(null),
  /** 0 while the group has never been saved (the defaults were read). */
  revision: revisionSchema,
});

export const memberOrganisationSchema = z.object({
  userId: idSchema,
  organisationId: idSchema.nullable(),
  /** Of the member's regiegroep membership, as `regiegroep.group` returned it. */
  revision: revisionSchema,
});

// ---- Meetings ----------------------------------------------------------------------------------

const meetingDate = isoDateSchema.refine((d) => d >= '2000-01-01' && d <= '2099-12-31', 'v.regiegroep.meetingDate');
const meetingFields = {
  heldOn: meetingDate,
  startsAt: z.union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'v.regiegroep.time')]).default(''),
  place: optionalText(120),
  title: text(160),
};
export const meetingInputSchema = z.object(meetingFields);
export const meetingUpdateSchema = z.object({
  ...meetingFields,
  id: idSchema,
  revision: revisionSchema,
  status: z.enum(MEETING_STATUSES, 'v.choose'),
  minutes: optionalText(20_000),
});
export type MeetingUpdate = z.input<typeof meetingUpdateSchema>;

export const agendaItemInputSchema = z
  .object({
    meetingId: idSchema,
    kind: z.enum(AGENDA_KINDS, 'v.choose'),
    refId: idSchema.nullable().default(null),
    title: optionalText(200),
    note: optionalText(2000),
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'vrij' && !value.title) ctx.addIssue({ code: 'custom', message: 'v.required', path: ['title'] });
    if (value.kind === 'vrij' && value.refId !== null)
      ctx.addIssue({ code: 'custom', message: 'v.invalid', path: ['refId'] });
    if (value.kind !== 'vrij' && value.refId === null)
      ctx.addIssue({ code: 'custom', message: 'v.choose', path: ['refId'] });
  });
export type AgendaItemInput = z.input<typeof agendaItemInputSchema>;
export const agendaItemUpdateSchema = z.object({
  id: idSchema,
  revision: revisionSchema,
  title: text(200),
  note: optionalText(2000),
});
/** The new order: every item of the agenda once, each with the revision read (the whole agenda is claimed). */
export const agendaOrderSchema = z.object({
  meetingId: idSchema,
  items: z
    .array(z.object({ id: idSchema, revision: revisionSchema }))
    .min(1)
    .max(MAX_AGENDA_ITEMS)
    .refine((items) => new Set(items.map((i) => i.id)).size === items.length, 'v.regiegroep.agendaOrder'),
});

const decisionFields = {
  agendaItemId: idSchema.nullable().default(null),
  subjectKind: z.enum(DECISION_SUBJECTS, 'v.choose').nullable().default(null),
  subjectId: idSchema.nullable().default(null),
  text: text(4000),
  programmeId: idSchema.nullable().default(null),
  programmeChange: z.enum(PROGRAMME_CHANGES, 'v.choose').nullable().default(null),
  programmeChangeNote: optionalText(2000),
};
function decisionRules(
  value: { subjectKind: unknown; subjectId: unknown; programmeId: unknown; programmeChange: unknown },
  ctx: z.RefinementCtx,
) {
  if ((value.subjectKind === null) !== (value.subjectId === null))
    ctx.addIssue({ code: 'custom', message: 'v.regiegroep.subject', path: ['subjectId'] });
  if ((value.programmeId === null) !== (value.programmeChange === null)) {
    ctx.addIssue({
      code: 'custom',
      message: 'v.regiegroep.programmeChange',
      path: [value.programmeId === null ? 'programmeId' : 'programmeChange'],
    });
  }
}
export const decisionInputSchema = z.object({ ...decisionFields, meetingId: idSchema }).superRefine(decisionRules);
export type DecisionInput = z.input<typeof decisionInputSchema>;
export const decisionUpdateSchema = z
  .object({ ...decisionFields, id: idSchema, revision: revisionSchema })
  .superRefine(decisionRules);
export type DecisionUpdate = z.input<typeof decisionUpdateSchema>;

const actionFields = {
  decisionId: idSchema.nullable().default(null),
  title: text(200),
  ownerUserId: z
    .number('v.regiegroep.owner')
    .int('v.regiegroep.owner')
    .positive('v.regiegroep.owner')
    .max(Number.MAX_SAFE_INTEGER, 'v.regiegroep.owner'),
  dueOn: isoDateSchema,
};
export const actionInputSchema = z.object({ ...actionFields, meetingId: idSchema });
export type ActionInput = z.input<typeof actionInputSchema>;
export const actionUpdateSchema = z.object({
  ...actionFields,
  id: idSchema,
  revision: revisionSchema,
  status: z.enum(ACTION_STATUSES, 'v.choose'),
});
export type ActionUpdate = z.input<typeof actionUpdateSchema>;
export const actionStatusSchema = z.object({
  id: idSchema,
  revision: revisionSchema,
  status: z.enum(ACTION_STATUSES, 'v.choose'),
});
export const actionListSchema = z.object({
  overdue: z.boolean().optional(),
  status: z.enum(ACTION_STATUSES).optional(),
});

export const trendInputSchema = z.object({
  meetingId: idSchema,
  title: text(160),
  circle: z.enum(TREND_CIRCLES, 'v.choose'),
  description: optionalText(4000),
  implication: optionalText(4000),
});

/** The decision register, optionally narrowed to decisions whose text has these words (in any form). */
export const decisionListSchema = z.object({ q: searchTextSchema }).optional();
