import { and, asc, eq } from 'drizzle-orm';
import { organisations, programmes } from '../../../db/schema';
import type { ProgrammeInput } from '../../../shared/schemas/programmes';
import { requireInstitution } from '../organisations/public';
import { audited, found, revised, uniqueOr, unlessInUse, type ServiceContext } from '../scope';

const columns = {
  id: programmes.id,
  code: programmes.code,
  name: programmes.name,
  institutionId: programmes.institutionId,
  institutionName: organisations.name,
  nlqfLevel: programmes.nlqfLevel,
  route: programmes.route,
  daysPerWeek: programmes.daysPerWeek,
  revision: programmes.revision,
};

export function listProgrammes({ db, actor }: ServiceContext) {
  return db
    .select(columns)
    .from(programmes)
    .innerJoin(organisations, eq(organisations.id, programmes.institutionId))
    .where(eq(programmes.partnershipId, actor.partnershipId))
    .orderBy(asc(programmes.nlqfLevel), asc(programmes.name))
    .all();
}

export function getProgramme({ db, actor }: ServiceContext, id: number) {
  return found(
    db
      .select(columns)
      .from(programmes)
      .innerJoin(organisations, eq(organisations.id, programmes.institutionId))
      .where(and(eq(programmes.id, id), eq(programmes.partnershipId, actor.partnershipId)))
      .get(),
  );
}

export function createProgramme(ctx: ServiceContext, input: ProgrammeInput) {
  requireInstitution(ctx, input.institutionId, 'institutionId');
  return uniqueOr(
    () =>
      audited(ctx, 'programme.create', 'programme', (tx) =>
        tx
          .insert(programmes)
          .values({ ...input, partnershipId: ctx.actor.partnershipId, createdAt: ctx.clock.now() })
          .returning({ id: programmes.id })
          .get(),
      ),
    'e.codeTaken',
    'code',
  );
}

export function updateProgramme(ctx: ServiceContext, input: ProgrammeInput & { id: number; revision: number }) {
  getProgramme(ctx, input.id);
  requireInstitution(ctx, input.institutionId, 'institutionId');
  const { id, revision: read, ...fields } = input;
  return uniqueOr(
    () =>
      audited(ctx, 'programme.update', 'programme', (tx) => {
        const revision = revised(ctx, 'programme', id, read);
        tx.update(programmes).set(fields).where(eq(programmes.id, id)).run();
        return { id, revision };
      }),
    'e.codeTaken',
    'code',
  );
}

export function removeProgramme(ctx: ServiceContext, id: number) {
  getProgramme(ctx, id);
  return unlessInUse(() =>
    audited(ctx, 'programme.remove', 'programme', (tx) => {
      tx.delete(programmes).where(eq(programmes.id, id)).run();
      return { id };
    }),
  );
}
