import { z } from 'zod';
import { TEAM_ROLES } from '../domain/mentor-teams';
import { decimal, idSchema, revisionSchema } from './common';
import { yearSchema } from './coaching';

/** At most two decimals: a tariff is euros and cents, a key's part a percentage in hundredths. */
const hundredths = (n: number) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6;

const eurosSchema = decimal(
  z
    .number('v.coaching.tariff')
    .min(0, 'v.coaching.tariff')
    .max(1000, 'v.coaching.tariff')
    .refine(hundredths, 'v.coaching.tariff'),
);

/** Whom a tariff is for: a coaching role, a role in a mentor team, or one person (whose tariff wins). */
export const tariffTargetSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('coachingRole'), coachingRoleId: idSchema }),
    z.object({ kind: z.literal('teamRole'), teamRole: z.enum(TEAM_ROLES) }),
    z.object({ kind: z.literal('person'), userId: idSchema }),
  ],
  'v.coaching.tariffTarget',
);
export type TariffTarget = z.output<typeof tariffTargetSchema>;

/** Sets a tariff for a year; `revision` null for a target that has none that year yet. */
export const saveTariffSchema = z.object({
  year: yearSchema,
  target: tariffTargetSchema,
  euros: eurosSchema,
  revision: revisionSchema.nullable(),
});

export const costYearSchema = z.object({ year: yearSchema });
export const costExportSchema = z.object({ year: yearSchema, format: z.enum(['csv', 'xlsx']) });

const percentSchema = decimal(
  z
    .number('v.coaching.keyPercent')
    .min(0, 'v.coaching.keyPercent')
    .max(100, 'v.coaching.keyPercent')
    .refine(hundredths, 'v.coaching.keyPercent'),
);

/** A mentor team's key for a year: a percentage per adopting organisation, together exactly 100. */
export const saveCostKeySchema = z.object({
  teamId: idSchema,
  year: yearSchema,
  revision: revisionSchema.nullable(),
  shares: z
    .array(z.object({ organisationId: idSchema, percent: percentSchema }))
    .min(1, 'v.coaching.keyOrganisations')
    .max(50)
    .refine((shares) => Math.round(shares.reduce((n, s) => n + s.percent * 100, 0)) === 10_000, {
      message: 'v.coaching.keySum',
    }),
});
