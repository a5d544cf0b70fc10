import { and, asc, eq } from 'drizzle-orm';
import { cohorts, organisations, partnershipOrganisations, programmes, topLocations } from '../../../db/schema';
import type { OrganisationInput } from '../../../shared/schemas/organisations';
import { INSTITUTION_TYPES, type OrganisationType } from '../../../shared/domain/organisations';
import { AppError } from '../../errors';
import { audited, found, revised, unlessInUse, type ServiceContext } from '../scope';

const columns = {
  id: organisations.id,
  name: organisations.name,
  type: organisations.type,
  revision: organisations.revision,
};

export function listOrganisations({ db, actor }: ServiceContext) {
  return db
    .select(columns)
    .from(organisations)
    .innerJoin(partnershipOrganisations, eq(partnershipOrganisations.organisationId, organisations.id))
    .where(eq(partnershipOrganisations.partnershipId, actor.partnershipId))
    .orderBy(asc(organisations.name))
    .all() as { id: number; name: string; type: OrganisationType; revision: number }[];
}

/** An organisation that takes part in the actor's partnership, or "not found". */
export function getOrganisation({ db, actor }: ServiceContext, id: number) {
  return found(
    db
      .select(columns)
      .from(organisations)
      .innerJoin(partnershipOrganisations, eq(partnershipOrganisations.organisationId, organisations.id))
      .where(and(eq(organisations.id, id), eq(partnershipOrganisations.partnershipId, actor.partnershipId)))
      .get(),
  );
}

/** For programmes and classes: the organisation must be a hogeschool or roc of this partnership. */
export function requireInstitution(ctx: ServiceContext, id: number, field: string): void {
  const org = getOrganisation(ctx, id);
  if (!INSTITUTION_TYPES.includes(org.type as OrganisationType))
    throw new AppError('BAD_REQUEST', 'e.notInstitution', field);
}

export function createOrganisation(ctx: ServiceContext, input: OrganisationInput) {
  return audited(ctx, 'organisation.create', 'organisation', (tx) => {
    const { id } = tx
      .insert(organisations)
      .values({ ...input, createdAt: ctx.clock.now() })
      .returning({ id: organisations.id })
      .get();
    tx.insert(partnershipOrganisations).values({ partnershipId: ctx.actor.partnershipId, organisationId: id }).run();
    return { id };
  });
}

/**
 * An organisation can take part in several partnerships: a beheerder elsewhere may have saved it in
 * between, and the revision refuses that stale save too (the message then names "iemand anders").
 */
export function updateOrganisation(ctx: ServiceContext, input: OrganisationInput & { id: number; revision: number }) {
  getOrganisation(ctx, input.id);
  return audited(ctx, 'organisation.update', 'organisation', (tx) => {
    const revision = revised(ctx, 'organisation', input.id, input.revision);
    tx.update(organisations).set({ name: input.name, type: input.type }).where(eq(organisations.id, input.id)).run();
    return { id: input.id, revision };
  });
}

/** Takes the organisation out of this partnership; fails while locations, programmes or classes use it. */
export function removeOrganisation(ctx: ServiceContext, id: number) {
  getOrganisation(ctx, id);
  if (usedInPartnership(ctx, id)) throw new AppError('CONFLICT', 'e.inUse');
  return unlessInUse(() =>
    audited(ctx, 'organisation.remove', 'organisation', (tx) => {
      tx.delete(partnershipOrganisations)
        .where(
          and(
            eq(partnershipOrganisations.organisationId, id),
            eq(partnershipOrganisations.partnershipId, ctx.actor.partnershipId),
          ),
        )
        .run();
      const stillMember = tx
        .select()
        .from(partnershipOrganisations)
        .where(eq(partnershipOrganisations.organisationId, id))
        .get();
      if (!stillMember) tx.delete(organisations).where(eq(organisations.id, id)).run();
      return { id };
    }),
  );
}

function usedInPartnership({ db, actor }: ServiceContext, id: number): boolean {
  const p = actor.partnershipId;
  return (
    db
      .select({ id: topLocations.id })
      .from(topLocations)
      .where(and(eq(topLocations.organisationId, id), eq(topLocations.partnershipId, p)))
      .get() !== undefined ||
    db
      .select({ id: programmes.id })
      .from(programmes)
      .where(and(eq(programmes.institutionId, id), eq(programmes.partnershipId, p)))
      .get() !== undefined ||
    db
      .select({ id: cohorts.id })
      .from(cohorts)
      .where(and(eq(cohorts.institutionId, id), eq(cohorts.partnershipId, p)))
      .get() !== undefined
  );
}
