import { count, eq, inArray } from 'drizzle-orm';
import { cohorts, programmes, students, topLocations, partnerships, users } from '../../../db/schema';
import type { Db } from '../../../db/client';
import type { Actor } from '../../auth/actor';
import { setSessionPartnership } from '../../auth/sessions';
import type { Language } from '../../../shared/i18n/messages';
import { AppError } from '../../errors';
import type { ServiceContext } from '../scope';

/** What the client needs to draw the layout: who, where, which roles, where else they can go. */
export function describeActor(db: Db, actor: Actor) {
  const names = db
    .select({ id: partnerships.id, name: partnerships.name })
    .from(partnerships)
    .where(inArray(partnerships.id, actor.partnershipIds))
    .all();
  const current = names.find((p) => p.id === actor.partnershipId)!;
  return {
    user: { id: actor.userId, name: actor.name, email: actor.email, locale: actor.locale },
    partnership: current,
    roles: actor.roles,
    topLocationId: actor.topLocationId,
    studentId: actor.studentId,
    partnerships: names,
  };
}

export function switchPartnership({ db, actor }: ServiceContext, partnershipId: number) {
  if (!actor.partnershipIds.includes(partnershipId)) throw new AppError('NOT_FOUND', 'e.notFound');
  setSessionPartnership(db, actor.sessionId, partnershipId);
  return { partnershipId };
}

export function setLanguage({ db, actor }: ServiceContext, locale: Language) {
  db.update(users).set({ locale }).where(eq(users.id, actor.userId)).run();
  return { locale };
}

/** Headline counts for the start page (no personal data). */
export function partnershipOverview({ db, actor }: ServiceContext) {
  const countIn = (table: typeof topLocations | typeof programmes | typeof cohorts | typeof students) =>
    db.select({ n: count() }).from(table).where(eq(table.partnershipId, actor.partnershipId)).get()!.n;
  return {
    locations: countIn(topLocations),
    programmes: countIn(programmes),
    cohorts: countIn(cohorts),
    students: countIn(students),
  };
}
