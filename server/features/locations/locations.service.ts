import { and, asc, eq } from 'drizzle-orm';
import { organisations, topLocations } from '../../../db/schema';
import type { z } from 'zod';
import type { locationInputSchema } from '../../../shared/schemas/locations';
import { getOrganisation } from '../organisations/public';
import { audited, found, revised, unlessInUse, type ServiceContext } from '../scope';

type LocationInput = z.output<typeof locationInputSchema>;

const columns = {
  id: topLocations.id,
  name: topLocations.name,
  organisationId: topLocations.organisationId,
  organisationName: organisations.name,
  address: topLocations.address,
  postcode: topLocations.postcode,
  city: topLocations.city,
  openDays: topLocations.openDays,
  lat: topLocations.lat,
  lon: topLocations.lon,
  revision: topLocations.revision,
};

export function listLocations({ db, actor }: ServiceContext) {
  return db
    .select(columns)
    .from(topLocations)
    .innerJoin(organisations, eq(organisations.id, topLocations.organisationId))
    .where(eq(topLocations.partnershipId, actor.partnershipId))
    .orderBy(asc(topLocations.name))
    .all();
}

export function getLocation({ db, actor }: ServiceContext, id: number) {
  return found(
    db
      .select(columns)
      .from(topLocations)
      .innerJoin(organisations, eq(organisations.id, topLocations.organisationId))
      .where(and(eq(topLocations.id, id), eq(topLocations.partnershipId, actor.partnershipId)))
      .get(),
  );
}

export function createLocation(ctx: ServiceContext, input: LocationInput) {
  getOrganisation(ctx, input.organisationId);
  return audited(ctx, 'location.create', 'top_location', (tx) =>
    tx
      .insert(topLocations)
      .values({ ...input, partnershipId: ctx.actor.partnershipId, createdAt: ctx.clock.now() })
      .returning({ id: topLocations.id })
      .get(),
  );
}

export function updateLocation(ctx: ServiceContext, input: LocationInput & { id: number; revision: number }) {
  getLocation(ctx, input.id);
  getOrganisation(ctx, input.organisationId);
  const { id, revision: read, ...fields } = input;
  return audited(ctx, 'location.update', 'top_location', (tx) => {
    const revision = revised(ctx, 'top_location', id, read);
    tx.update(topLocations).set(fields).where(eq(topLocations.id, id)).run();
    return { id, revision };
  });
}

export function removeLocation(ctx: ServiceContext, id: number) {
  getLocation(ctx, id);
  return unlessInUse(() =>
    audited(ctx, 'location.remove', 'top_location', (tx) => {
      tx.delete(topLocations).where(eq(topLocations.id, id)).run();
      return { id };
    }),
  );
}
