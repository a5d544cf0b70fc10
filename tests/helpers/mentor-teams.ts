import { and, eq } from 'drizzle-orm';
import { auditEvents, memberships, mentorTeams, users } from '../../db/schema';
import type { DemoFixture } from './demo';

export function teamIdOf(fx: DemoFixture, key: 'eindhoven' | 'rotterdam'): number {
  return fx.db
    .select({ id: mentorTeams.id })
    .from(mentorTeams)
    .where(eq(mentorTeams.partnershipId, fx.region[key].partnershipId))
    .get()!.id;
}

/** A person with the mentor role in the partnership who is in no team. */
export function outsideMentor(fx: DemoFixture, key: 'eindhoven' | 'rotterdam', email = `buiten@${key}.demo`): string {
  const userId = fx.db
    .insert(users)
    .values({ email, name: 'Mentor Buiten Team', createdAt: fx.clock.now() })
    .returning()
    .get().id;
  fx.db
    .insert(memberships)
    .values({ userId, partnershipId: fx.region[key].partnershipId, role: 'mentor', createdAt: fx.clock.now() })
    .run();
  return email;
}

export function auditCount(fx: DemoFixture, action: string, subjectId?: number): number {
  const conditions = [eq(auditEvents.action, action)];
  if (subjectId !== undefined) conditions.push(eq(auditEvents.subjectId, String(subjectId)));
  return fx.db
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .all().length;
}
