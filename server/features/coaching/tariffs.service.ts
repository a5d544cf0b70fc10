import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import {
  coaches,
  coachingRoles,
  coachingTariffs,
  memberships,
  mentorTeamMembers,
  mentorTeams,
  users,
} from '../../../db/schema';
import type { saveTariffSchema, costYearSchema, TariffTarget } from '../../../shared/schemas/coaching-costs';
import type { removeSchema } from '../../../shared/schemas/common';
import { TEAM_ROLES } from '../../../shared/domain/mentor-teams';
import { formatEuros } from '../../../shared/domain/coaching-costs';
import { AppError } from '../../errors';
import { auditAs, found, revised, uniqueOr, type ServiceContext } from '../scope';
import { costKeysOf } from './cost-keys.service';

/** People a tariff can be for: the partnership's coaches and mentor-team members. */
function pricedPeople(ctx: ServiceContext) {
  const { partnershipId } = ctx.actor;
  const fromCoaches = ctx.db
    .select({ userId: users.id, name: users.name })
    .from(coaches)
    .innerJoin(users, eq(users.id, coaches.userId))
    .where(eq(coaches.partnershipId, partnershipId))
    .all();
  const fromTeams = ctx.db
    .select({ userId: users.id, name: users.name })
    .from(mentorTeamMembers)
    .innerJoin(mentorTeams, eq(mentorTeams.id, mentorTeamMembers.teamId))
    .innerJoin(users, eq(users.id, mentorTeamMembers.userId))
    .where(eq(mentorTeams.partnershipId, partnershipId))
    .all();
  const byId = new Map([...fromCoaches, ...fromTeams].map((p) => [p.userId, p]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

function rolesOf(ctx: ServiceContext) {
  return ctx.db
    .select({ id: coachingRoles.id, name: coachingRoles.name })
    .from(coachingRoles)
    .where(eq(coachingRoles.partnershipId, ctx.actor.partnershipId))
    .orderBy(asc(coachingRoles.name))
    .all();
}

/** The tariffs page: a year's tariffs, whom they can be for, and the mentor teams' keys. */
export function tariffSetup(ctx: ServiceContext, { year }: z.output<typeof costYearSchema>) {
  const tariffs = ctx.db
    .select({
      id: coachingTariffs.id,
      coachingRoleId: coachingTariffs.coachingRoleId,
      teamRole: coachingTariffs.teamRole,
      userId: coachingTariffs.userId,
      centsPerHour: coachingTariffs.centsPerHour,
      revision: coachingTariffs.revision,
    })
    .from(coachingTariffs)
    .where(and(eq(coachingTariffs.partnershipId, ctx.actor.partnershipId), eq(coachingTariffs.year, year)))
    .orderBy(asc(coachingTariffs.id))
    .all();
  return {
    year,
    roles: rolesOf(ctx),
    teamRoles: [...TEAM_ROLES],
    people: pricedPeople(ctx),
    tariffs,
    teams: costKeysOf(ctx, year),
  };
}

/** The target must be the partnership's: its coaching role, or one of its members. */
function checkTarget(ctx: ServiceContext, target: TariffTarget) {
  const { partnershipId } = ctx.actor;
  switch (target.kind) {
    case 'coachingRole':
      found(
        ctx.db
          .select({ id: coachingRoles.id })
          .from(coachingRoles)
          .where(and(eq(coachingRoles.id, target.coachingRoleId), eq(coachingRoles.partnershipId, partnershipId)))
          .get(),
      );
      return {
        columns: { coachingRoleId: target.coachingRoleId, teamRole: null, userId: null },
        sameTarget: eq(coachingTariffs.coachingRoleId, target.coachingRoleId),
      };
    case 'teamRole':
      return {
        columns: { coachingRoleId: null, teamRole: target.teamRole, userId: null },
        sameTarget: eq(coachingTariffs.teamRole, target.teamRole),
      };
    case 'person':
      found(
        ctx.db
          .select({ id: memberships.userId })
          .from(memberships)
          .where(and(eq(memberships.userId, target.userId), eq(memberships.partnershipId, partnershipId)))
          .get(),
      );
      return {
        columns: { coachingRoleId: null, teamRole: null, userId: target.userId },
        sameTarget: eq(coachingTariffs.userId, target.userId),
      };
  }
}

/**
 * One price per hour (decision 097): a new tariff (revision null) for a target that has one that year already
 * is refused at the field, naming the one there is; the conflict details let the form save over it instead.
 */
function refuseSecond(
  year: number,
  existing: { centsPerHour: number; revision: number; updatedAt: number | null },
): never {
  throw new AppError(
    'CONFLICT',
    'e.coaching.tariffOverlap',
    'target',
    { year, euros: formatEuros(existing.centsPerHour, 'nl') },
    { revision: existing.revision, updatedBy: '', updatedAt: existing.updatedAt },
  );
}

/** Sets a tariff: inserts the target's first of the year, else updates it under its revision. */
export function saveTariff(ctx: ServiceContext, { year, target, euros, revision }: z.output<typeof saveTariffSchema>) {
  const { columns, sameTarget } = checkTarget(ctx, target);
  const centsPerHour = Math.round(euros * 100);
  const { partnershipId } = ctx.actor;
  const same = [eq(coachingTariffs.partnershipId, partnershipId), eq(coachingTariffs.year, year), sameTarget];
  return uniqueOr(
    () =>
      ctx.db.transaction((tx) => {
        const existing = tx
          .select({
            id: coachingTariffs.id,
            centsPerHour: coachingTariffs.centsPerHour,
            revision: coachingTariffs.revision,
            updatedAt: coachingTariffs.updatedAt,
          })
          .from(coachingTariffs)
          .where(and(...same))
          .get();
        let id: number;
        let next = 0;
        if (existing) {
          if (revision === null) refuseSecond(year, existing);
          next = revised(ctx, 'coaching_tariff', existing.id, revision);
          tx.update(coachingTariffs).set({ centsPerHour }).where(eq(coachingTariffs.id, existing.id)).run();
          id = existing.id;
        } else {
          if (revision !== null) throw new AppError('NOT_FOUND', 'e.notFound');
          const values = { partnershipId, year, ...columns, centsPerHour, createdAt: ctx.clock.now() };
          id = tx.insert(coachingTariffs).values(values).returning({ id: coachingTariffs.id }).get().id;
        }
        auditAs(ctx, {
          action: 'coaching_tariff.save',
          subjectType: 'coaching_tariff',
          subjectId: id,
          detail: { year, centsPerHour },
        });
        return { id, revision: next };
      }),
    'e.coaching.tariffExists',
    'target',
  );
}

/** Removes a tariff (its hours are then priced by the role's tariff, or not at all). */
export function removeTariff(ctx: ServiceContext, { id, revision }: z.output<typeof removeSchema>) {
  return ctx.db.transaction((tx) => {
    revised(ctx, 'coaching_tariff', id, revision);
    tx.delete(coachingTariffs).where(eq(coachingTariffs.id, id)).run();
    auditAs(ctx, { action: 'coaching_tariff.remove', subjectType: 'coaching_tariff', subjectId: id });
    return { id };
  });
}
