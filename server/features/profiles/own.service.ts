import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { beroepsbeeldProfiles, topLocations } from '../../../db/schema';
import type { profileSaveSchema } from '../../../shared/schemas/profiles';
import type { DomainStage } from '../../../shared/domain/career';
import type {
  BeroepsbeeldDomain,
  BeroepsbeeldSpecialisation,
  CareerDirection,
} from '../../../shared/domain/beroepsbeeld';
import { auditAs, revised, type ServiceContext } from '../scope';
import { getLocation } from '../locations/public';
import { AppError } from '../../errors';
import { workLocationIds } from './work-locations';

type Row = typeof beroepsbeeldProfiles.$inferSelect;

const ownRow = (ctx: ServiceContext): Row | undefined =>
  ctx.db
    .select()
    .from(beroepsbeeldProfiles)
    .where(
      and(
        eq(beroepsbeeldProfiles.partnershipId, ctx.actor.partnershipId),
        eq(beroepsbeeldProfiles.userId, ctx.actor.userId),
      ),
    )
    .get();

/** A werkbegeleider or IB'er (`locatie`) belongs to their own TOP-locatie's team; a mentor chooses one they work with. */
const fixedLocationOf = (ctx: ServiceContext) => (ctx.actor.roles.includes('locatie') ? ctx.actor.topLocationId : null);

export function shapeProfile(row: Row) {
  return {
    revision: row.revision,
    topLocationId: row.topLocationId,
    domains: JSON.parse(row.domains) as DomainStage[],
    specialisations: JSON.parse(row.specialisations) as BeroepsbeeldSpecialisation[],
    direction: row.direction as CareerDirection | null,
    targetDomain: row.targetDomain as BeroepsbeeldDomain | null,
    wish: row.wish,
    consentedAt: row.consentedAt,
  };
}

/** The worker's own profile (null before consent), and the teams they may name. Read by the session's user only. */
export function myProfile(ctx: ServiceContext) {
  const row = ownRow(ctx);
  const mayName = [...workLocationIds(ctx)];
  const locations = ctx.db
    .select({ id: topLocations.id, name: topLocations.name })
    .from(topLocations)
    .where(and(eq(topLocations.partnershipId, ctx.actor.partnershipId), inArray(topLocations.id, mayName)))
    .orderBy(asc(topLocations.name))
    .all();
  return { profile: row ? shapeProfile(row) : null, fixedLocationId: fixedLocationOf(ctx), locations };
}

/** Consent makes the (empty) profile; giving it twice changes nothing. */
export function consent(ctx: ServiceContext) {
  const existing = ownRow(ctx);
  if (existing) return { revision: existing.revision };
  return ctx.db.transaction((tx) => {
    const row = tx
      .insert(beroepsbeeldProfiles)
      .values({
        partnershipId: ctx.actor.partnershipId,
        userId: ctx.actor.userId,
        topLocationId: fixedLocationOf(ctx),
        consentedAt: ctx.clock.now(),
      })
      .returning()
      .get();
    auditAs(ctx, { action: 'profile.consent', subjectType: 'user', subjectId: ctx.actor.userId });
    return { revision: row.revision };
  });
}

export function saveProfile(ctx: ServiceContext, input: z.output<typeof profileSaveSchema>) {
  const row = ownRow(ctx);
  if (!row) throw new AppError('FORBIDDEN', 'e.profiles.noConsent');
  if (input.topLocationId !== null) getLocation(ctx, input.topLocationId);
  const fixed = fixedLocationOf(ctx);
  if (fixed !== null && input.topLocationId !== fixed)
    throw new AppError('BAD_REQUEST', 'v.profiles.ownLocation', 'topLocationId');
  if (input.topLocationId !== null && !workLocationIds(ctx).has(input.topLocationId))
    throw new AppError('BAD_REQUEST', 'v.profiles.workLocation', 'topLocationId');
  return ctx.db.transaction((tx) => {
    const revision = revised(ctx, 'beroepsbeeld_profile', row.id, input.revision);
    tx.update(beroepsbeeldProfiles)
      .set({
        topLocationId: input.topLocationId,
        domains: JSON.stringify(input.domains),
        specialisations: JSON.stringify(input.specialisations),
        direction: input.direction,
        targetDomain: input.targetDomain,
        wish: input.wish,
      })
      .where(eq(beroepsbeeldProfiles.id, row.id))
      .run();
    auditAs(ctx, { action: 'profile.update', subjectType: 'user', subjectId: ctx.actor.userId });
    return { revision };
  });
}

/** Withdrawing consent deletes the profile: nothing of it is kept, the audit log records that it happened. */
export function withdraw(ctx: ServiceContext) {
  const row = ownRow(ctx);
  if (!row) return { deleted: false };
  ctx.db.transaction((tx) => {
    tx.delete(beroepsbeeldProfiles).where(eq(beroepsbeeldProfiles.id, row.id)).run();
    auditAs(ctx, { action: 'profile.withdraw', subjectType: 'user', subjectId: ctx.actor.userId });
  });
  return { deleted: true };
}
