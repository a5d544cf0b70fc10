import { and, asc, eq, inArray, max } from 'drizzle-orm';
import type { z } from 'zod';
import { coaches, coachingLabels, coachingRoles, memberships, topLocations, users } from '../../../db/schema';
import type {
  coachInputSchema,
  coachUpdateSchema,
  labelInputSchema,
  labelUpdateSchema,
  roleInputSchema,
  roleUpdateSchema,
} from '../../../shared/schemas/coaching';
import { DEFAULT_COACHING_LABELS, DEFAULT_COACHING_ROLES } from '../../../shared/domain/coaching';
import { audited, found, revised, uniqueOr, type ServiceContext } from '../scope';
import { getLocation } from '../locations/public';
import { getOrganisation, listOrganisations } from '../organisations/public';
import { AppError } from '../../errors';

/** Platform roles whose members can be registered as coaches and log their own hours (docs/decisions/085). */
const COACH_PLATFORM_ROLES = ['mentor', 'locatie'] as const;

export function labelsOf(ctx: ServiceContext) {
  return ctx.db
    .select({
      id: coachingLabels.id,
      name: coachingLabels.name,
      sharePercent: coachingLabels.sharePercent,
      active: coachingLabels.active,
      revision: coachingLabels.revision,
    })
    .from(coachingLabels)
    .where(eq(coachingLabels.partnershipId, ctx.actor.partnershipId))
    .orderBy(asc(coachingLabels.position), asc(coachingLabels.id))
    .all();
}

export function locationsOf(ctx: ServiceContext) {
  return ctx.db
    .select({ id: topLocations.id, name: topLocations.name, organisationId: topLocations.organisationId })
    .from(topLocations)
    .where(eq(topLocations.partnershipId, ctx.actor.partnershipId))
    .orderBy(asc(topLocations.name))
    .all();
}

function rolesOf(ctx: ServiceContext) {
  return ctx.db
    .select({ id: coachingRoles.id, name: coachingRoles.name, revision: coachingRoles.revision })
    .from(coachingRoles)
    .where(eq(coachingRoles.partnershipId, ctx.actor.partnershipId))
    .orderBy(asc(coachingRoles.name))
    .all();
}

function coachesOf(ctx: ServiceContext) {
  return ctx.db
    .select({
      id: coaches.id,
      userId: coaches.userId,
      name: users.name,
      coachingRoleId: coaches.coachingRoleId,
      locationId: coaches.locationId,
      organisationId: coaches.organisationId,
      endedOn: coaches.endedOn,
      revision: coaches.revision,
    })
    .from(coaches)
    .innerJoin(users, eq(users.id, coaches.userId))
    .where(eq(coaches.partnershipId, ctx.actor.partnershipId))
    .orderBy(asc(users.name))
    .all();
}

/** People of the partnership who may log coaching hours: members in a coaching platform role. */
function candidatesOf(ctx: ServiceContext) {
  const rows = ctx.db
    .selectDistinct({ userId: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(eq(memberships.partnershipId, ctx.actor.partnershipId), inArray(memberships.role, [...COACH_PLATFORM_ROLES])),
    )
    .orderBy(asc(users.name))
    .all();
  return rows;
}

/** Everything the setup page shows: labels, roles, coaches, who could become one, and the choices. */
export function coachingSetup(ctx: ServiceContext) {
  const registered = coachesOf(ctx);
  const taken = new Set(registered.map((c) => c.userId));
  return {
    labels: labelsOf(ctx),
    roles: rolesOf(ctx),
    coaches: registered,
    candidates: candidatesOf(ctx).filter((c) => !taken.has(c.userId)),
    locations: locationsOf(ctx).map(({ id, name }) => ({ id, name })),
    organisations: listOrganisations(ctx).map(({ id, name }) => ({ id, name })),
  };
}

/** Adds the default labels and roles the partnership does not have yet (by name). */
export function addDefaults(ctx: ServiceContext) {
  const { partnershipId } = ctx.actor;
  const now = ctx.clock.now();
  return audited(ctx, 'coaching.defaults', 'partnership', (tx) => {
    const labels = new Set(labelsOf(ctx).map((l) => l.name));
    const roles = new Set(rolesOf(ctx).map((r) => r.name));
    let position = labelsOf(ctx).length;
    for (const name of DEFAULT_COACHING_LABELS.filter((n) => !labels.has(n)))
      tx.insert(coachingLabels).values({ partnershipId, name, position: position++, createdAt: now }).run();
    for (const name of DEFAULT_COACHING_ROLES.filter((n) => !roles.has(n)))
      tx.insert(coachingRoles).values({ partnershipId, name, createdAt: now }).run();
    return { id: partnershipId };
  });
}

export function createLabel(ctx: ServiceContext, input: z.output<typeof labelInputSchema>) {
  const { partnershipId } = ctx.actor;
  const last = ctx.db
    .select({ position: max(coachingLabels.position) })
    .from(coachingLabels)
    .where(eq(coachingLabels.partnershipId, partnershipId))
    .get();
  return uniqueOr(
    () =>
      audited(ctx, 'coaching_label.create', 'coaching_label', (tx) =>
        tx
          .insert(coachingLabels)
          .values({ partnershipId, ...input, position: (last?.position ?? -1) + 1, createdAt: ctx.clock.now() })
          .returning({ id: coachingLabels.id })
          .get(),
      ),
    'e.coaching.labelExists',
    'name',
  );
}

export function updateLabel(ctx: ServiceContext, { id, revision, ...input }: z.output<typeof labelUpdateSchema>) {
  return uniqueOr(
    () =>
      audited(ctx, 'coaching_label.update', 'coaching_label', (tx) => {
        const next = revised(ctx, 'coaching_label', id, revision);
        tx.update(coachingLabels).set(input).where(eq(coachingLabels.id, id)).run();
        return { id, revision: next };
      }),
    'e.coaching.labelExists',
    'name',
  );
}

export function createRole(ctx: ServiceContext, input: z.output<typeof roleInputSchema>) {
  return uniqueOr(
    () =>
      audited(ctx, 'coaching_role.create', 'coaching_role', (tx) =>
        tx
          .insert(coachingRoles)
          .values({ partnershipId: ctx.actor.partnershipId, name: input.name, createdAt: ctx.clock.now() })
          .returning({ id: coachingRoles.id })
          .get(),
      ),
    'e.coaching.roleExists',
    'name',
  );
}

export function updateRole(ctx: ServiceContext, { id, revision, name }: z.output<typeof roleUpdateSchema>) {
  return uniqueOr(
    () =>
      audited(ctx, 'coaching_role.update', 'coaching_role', (tx) => {
        const next = revised(ctx, 'coaching_role', id, revision);
        tx.update(coachingRoles).set({ name }).where(eq(coachingRoles.id, id)).run();
        return { id, revision: next };
      }),
    'e.coaching.roleExists',
    'name',
  );
}

/** The role, location and organisation a coach is registered with must all be the partnership's. */
function checkCoachChoices(
  ctx: ServiceContext,
  input: { coachingRoleId: number; locationId: number; organisationId: number },
) {
  found(rolesOf(ctx).find((r) => r.id === input.coachingRoleId));
  getLocation(ctx, input.locationId);
  getOrganisation(ctx, input.organisationId);
}

export function createCoach(ctx: ServiceContext, input: z.output<typeof coachInputSchema>) {
  if (!candidatesOf(ctx).some((c) => c.userId === input.userId)) throw new AppError('NOT_FOUND', 'e.notFound');
  checkCoachChoices(ctx, input);
  return uniqueOr(
    () =>
      audited(ctx, 'coach.create', 'coach', (tx) =>
        tx
          .insert(coaches)
          .values({ partnershipId: ctx.actor.partnershipId, ...input, createdAt: ctx.clock.now() })
          .returning({ id: coaches.id })
          .get(),
      ),
    'e.coaching.coachExists',
    'userId',
  );
}

export function updateCoach(ctx: ServiceContext, { id, revision, ...input }: z.output<typeof coachUpdateSchema>) {
  checkCoachChoices(ctx, input);
  return audited(ctx, 'coach.update', 'coach', (tx) => {
    const next = revised(ctx, 'coach', id, revision);
    tx.update(coaches).set(input).where(eq(coaches.id, id)).run();
    return { id, revision: next };
  });
}
