import { z } from 'zod';
import { decimal, idSchema, optionalText, revisionSchema, text, weekdaysSchema } from './common';
import { MAX_CAPACITY, MAX_GRADE, MAX_PREFERENCES, OBJECTIVES } from '../domain/placements';

const capacity = z
  .number('v.placements.capacity')
  .int('v.placements.capacity')
  .min(0, 'v.placements.capacity')
  .max(MAX_CAPACITY, 'v.placements.capacity');
const noDuplicates =
  <T>(key: (item: T) => unknown, message: string, field: string) =>
  (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<unknown>();
    items.forEach((item, i) => {
      if (seen.has(key(item))) ctx.addIssue({ code: 'custom', message, path: field ? [i, field] : [i] });
      seen.add(key(item));
    });
  };

// ---- Rounds ------------------------------------------------------------------------------------

export const roundInputSchema = z.object({
  name: text(120),
  schoolYearId: idSchema,
  periodId: idSchema.nullable().default(null),
  objective: z.enum(OBJECTIVES, 'v.choose').default('optimal'),
  studentEntryOpen: z.boolean().default(false),
});
export const roundUpdateSchema = z.intersection(roundInputSchema, z.object({ id: idSchema, revision: revisionSchema }));
/** Removing a round names the revision of its settings that was read. */
export const roundRemoveSchema = z.object({ roundId: idSchema, revision: revisionSchema });
export type RoundInput = z.input<typeof roundInputSchema>;
export const roundIdSchema = z.object({ roundId: idSchema });

/** One page of a round's result list, filtered as the projectleider asks. */
export const resultsPageSchema = z.object({
  roundId: idSchema,
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(10).max(200).default(50),
  onlyUnplaced: z.boolean().default(false),
  search: z.string().trim().max(100).default(''),
});
export type ResultsPage = z.output<typeof resultsPageSchema>;

// ---- Inputs: locations, werkbegeleiders, students ----------------------------------------------

const programmeCapacitySchema = z
  .array(z.object({ programmeId: idSchema, capacity }))
  .max(40)
  .superRefine(noDuplicates((p) => p.programmeId, 'v.placements.duplicate', 'programmeId'));

const roundLocationFields = {
  capacity,
  openDays: weekdaysSchema,
  programmeCapacity: programmeCapacitySchema,
};
export const roundLocationAddSchema = z.object({ roundId: idSchema, locationId: idSchema, ...roundLocationFields });
export const roundLocationUpdateSchema = z.object({ id: idSchema, revision: revisionSchema, ...roundLocationFields });

const supervisorFields = {
  /** A person with the locatie role at this location; else `name` says who it is. */
  userId: idSchema.nullable().default(null),
  name: optionalText(120),
  capacity: z
    .number('v.placements.supervisorCapacity')
    .int('v.placements.supervisorCapacity')
    .min(0, 'v.placements.supervisorCapacity')
    .max(50, 'v.placements.supervisorCapacity'),
  programmeIds: z
    .array(idSchema)
    .min(1, 'v.placements.programmes')
    .max(40)
    .transform((ids) => [...new Set(ids)]),
};
const nameOrUser = (v: { userId: number | null; name: string }) => v.userId !== null || v.name.length > 0;
export const supervisorAddSchema = z
  .object({ roundLocationId: idSchema, ...supervisorFields })
  .refine(nameOrUser, { message: 'v.placements.supervisorName', path: ['name'] });
export const supervisorUpdateSchema = z
  .object({ id: idSchema, revision: revisionSchema, ...supervisorFields })
  .refine(nameOrUser, { message: 'v.placements.supervisorName', path: ['name'] });

export const preferencesSchema = z
  .array(idSchema)
  .max(MAX_PREFERENCES, 'v.placements.tooManyPreferences')
  .superRefine(noDuplicates((id) => id, 'v.placements.duplicatePreference', ''));

const daysNeededSchema = z
  .number('v.placements.daysNeeded')
  .int('v.placements.daysNeeded')
  .min(1, 'v.placements.daysNeeded')
  .max(5, 'v.placements.daysNeeded');
const enoughDays = (v: { availableDays: number[]; daysNeeded: number }) => v.daysNeeded <= v.availableDays.length;

export const participantUpdateSchema = z
  .object({
    id: idSchema,
    revision: revisionSchema,
    availableDays: weekdaysSchema,
    daysNeeded: daysNeededSchema,
    maxDistanceKm: decimal(
      z.number('v.placements.distance').min(0, 'v.placements.distance').max(500, 'v.placements.distance').nullable(),
    ).default(null),
    preferences: preferencesSchema,
    /** The location's priority grade for this student (1 = first), per round location; absent = none. */
    priorities: z
      .array(
        z.object({
          roundLocationId: idSchema,
          grade: z
            .number('v.placements.grade')
            .int('v.placements.grade')
            .min(1, 'v.placements.grade')
            .max(MAX_GRADE, 'v.placements.grade'),
        }),
      )
      .max(100)
      .superRefine(noDuplicates((p) => p.roundLocationId, 'v.placements.duplicate', 'roundLocationId'))
      .default([]),
  })
  .refine(enoughDays, { message: 'v.placements.notEnoughDays', path: ['daysNeeded'] });

/** A student's own entry while the round is open: their days and their ranked choices. */
export const myPreferencesSchema = z.object({
  roundId: idSchema,
  /** The revision of the student's own entry (their participant row) as read. */
  revision: revisionSchema,
  availableDays: weekdaysSchema,
  preferences: preferencesSchema,
});

// ---- Results -----------------------------------------------------------------------------------

export const overrideSchema = z.object({
  participantId: idSchema,
  roundLocationId: idSchema,
  supervisorId: idSchema.nullable().default(null),
  /** Empty: the first days the student and the location have in common. */
  days: z.array(z.number().int().min(1).max(5)).max(5).default([]),
  reason: z.string().trim().min(1, 'v.placements.reason').max(500, 'v.tooLong'),
  /** Place even where a limit is full: the limits that block are raised by one (with the reason on record). */
  overCapacity: z.boolean().default(false),
});
export const lockSchema = z.object({ participantId: idSchema, locked: z.boolean() });
export const participantIdSchema = z.object({ participantId: idSchema });
export const runIdSchema = z.object({ runId: idSchema });

// ---- Repair ------------------------------------------------------------------------------------

export const repairChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('withdraw'), participantId: idSchema }),
  z.object({
    kind: z.literal('capacity'),
    roundLocationId: idSchema,
    capacity,
    programmeCapacity: programmeCapacitySchema.optional(),
  }),
]);
export type RepairChange = z.output<typeof repairChangeSchema>;
export const proposeRepairSchema = z.object({ roundId: idSchema, change: repairChangeSchema });

// ---- Import and export -------------------------------------------------------------------------

export const IMPORT_SHEETS = ['locaties', 'studenten', 'werkbegeleiders', 'prioriteiten'] as const;
export type ImportSheet = (typeof IMPORT_SHEETS)[number];
export const FILE_FORMATS = ['csv', 'xlsx'] as const;

/** An uploaded file: CSV as text, XLSX as base64. ~3 MB of base64 stays under the server's body limit. */
export const importSchema = z.discriminatedUnion('format', [
  z.object({
    roundId: idSchema,
    format: z.literal('csv'),
    sheet: z.enum(IMPORT_SHEETS, 'v.choose'),
    content: z.string().max(3_000_000, 'v.placements.fileTooLarge'),
  }),
  z.object({
    roundId: idSchema,
    format: z.literal('xlsx'),
    content: z.string().max(4_000_000, 'v.placements.fileTooLarge'),
  }),
]);
export const templateSchema = z.object({
  roundId: idSchema,
  format: z.enum(FILE_FORMATS),
  sheet: z.enum(IMPORT_SHEETS).default('locaties'),
});
export const exportSchema = z.object({ roundId: idSchema, format: z.enum(FILE_FORMATS) });
export const snapshotImportSchema = z.object({
  roundId: idSchema,
  content: z.string().max(4_000_000, 'v.placements.fileTooLarge'),
});
