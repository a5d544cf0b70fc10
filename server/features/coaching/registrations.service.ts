import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { coaches } from '../../../db/schema';
import type { coachEndSchema } from '../../../shared/schemas/coach-registrations';
import { audited, revised, todayOf, type ServiceContext } from '../scope';

/**
 * Ends a coach registration, or takes it up again (docs/decisions/091). Ending keeps the row and every
 * week logged under it (the report and the rekentool still count them); the person can no longer log.
 * Under the registration's revision, like changing it.
 */
export function endCoach(ctx: ServiceContext, { id, revision, ended }: z.output<typeof coachEndSchema>) {
  return audited(ctx, ended ? 'coach.end' : 'coach.reopen', 'coach', (tx) => {
    const next = revised(ctx, 'coach', id, revision);
    tx.update(coaches)
      .set({ endedOn: ended ? todayOf(ctx) : null })
      .where(eq(coaches.id, id))
      .run();
    return { id, revision: next };
  });
}
