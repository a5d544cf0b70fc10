import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { memberships, organisations, partnershipOrganisations, regiegroepen } from '../../../db/schema';
import type { groupUpdateSchema, memberOrganisationSchema } from '../../../shared/schemas/regiegroep';
import { AppError } from '../../errors';
import { audited, revised, type ServiceContext } from '../scope';
import { canSteer, groupMembers, groupSettings, requireSteering } from './access';

function partnerOrganisations({ db, actor }: ServiceContext) {
  return db
    .select({ id: organisations.id, name: organisations.name, type: organisations.type })
    .from(organisations)
    .innerJoin(partnershipOrganisations, eq(partnershipOrganisations.organisationId, organisations.id))
    .where(eq(partnershipOrganisations.partnershipId, actor.partnershipId))
    .orderBy(asc(organisations.name))
    .all();
}

/** The regiegroep: its members and whom they represent, its chair and its meeting rhythm. */
export function group(ctx: ServiceContext) {
  const settings = groupSettings(ctx);
  const members = groupMembers(ctx);
  const orgs = partnerOrganisations(ctx);
  return {
    revision: settings.revision,
    name: settings.name,
    meetingsPerYear: settings.meetingsPerYear,
    chairUserId: settings.chairUserId,
    members: members.map((m) => ({ ...m, isChair: m.userId === settings.chairUserId })),
    organisations: orgs,
    /** Partner organisations nobody represents yet: the group is meant to speak for all parties. */
    unrepresented: orgs.filter((o) => !members.some((m) => m.organisationId === o.id)).map((o) => o.name),
    canManage: canSteer(ctx),
  };
}

/** Name, rhythm and chair (who must be a member). The first save creates the group's row. */
export function updateGroup(ctx: ServiceContext, input: z.output<typeof groupUpdateSchema>) {
  requireSteering(ctx);
  if (input.chairUserId !== null && !groupMembers(ctx).some((m) => m.userId === input.chairUserId)) {
    // Someone of the partnership who is not in the group: say so at the field; anyone else is not found.
    const inPartnership = ctx.db
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.userId, input.chairUserId), eq(memberships.partnershipId, ctx.actor.partnershipId)))
      .get();
    if (!inPartnership) throw new AppError('NOT_FOUND', 'e.notFound', 'chairUserId');
    throw new AppError('BAD_REQUEST', 'v.regiegroep.chair', 'chairUserId');
  }
  const { revision: read, ...fields } = input;
  const now = ctx.clock.now();
  return audited(ctx, 'regiegroep.update', 'regiegroep', (tx) => {
    const existing = groupSettings(ctx).id;
    if (existing === null) {
      // Two people saving the defaults at once: the first creates the row (revision 1), the second is refused.
      if (read !== 0) throw new AppError('NOT_FOUND', 'e.notFound');
      const values = { partnershipId: ctx.actor.partnershipId, ...fields, revision: 1, updatedBy: ctx.actor.userId };
      return tx
        .insert(regiegroepen)
        .values({ ...values, createdAt: now, updatedAt: now })
        .returning({ id: regiegroepen.id, revision: regiegroepen.revision })
        .get();
    }
    const revision = revised(ctx, 'regiegroep', existing, read);
    tx.update(regiegroepen).set(fields).where(eq(regiegroepen.id, existing)).run();
    return { id: existing, revision };
  });
}

/** The partner organisation a member represents: kept on their regiegroep membership. */
export function setMemberOrganisation(ctx: ServiceContext, input: z.output<typeof memberOrganisationSchema>) {
  requireSteering(ctx);
  if (!groupMembers(ctx).some((m) => m.userId === input.userId))
    throw new AppError('NOT_FOUND', 'e.regiegroep.notMember');
  if (input.organisationId !== null && !partnerOrganisations(ctx).some((o) => o.id === input.organisationId))
    throw new AppError('BAD_REQUEST', 'v.regiegroep.organisation', 'organisationId');
  return audited(ctx, 'regiegroep.member.organisation', 'user', (tx) => {
    const membership = tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(
        and(
          eq(memberships.userId, input.userId),
          eq(memberships.partnershipId, ctx.actor.partnershipId),
          eq(memberships.role, 'regiegroep'),
        ),
      )
      .get();
    if (!membership) throw new AppError('NOT_FOUND', 'e.regiegroep.notMember');
    // Two people setting whom the same member represents: the second, stale one is refused naming the first.
    const revision = revised(ctx, 'membership', membership.id, input.revision);
    tx.update(memberships).set({ organisationId: input.organisationId }).where(eq(memberships.id, membership.id)).run();
    return { id: input.userId, revision };
  });
}
