import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { partnerships } from '../../db/schema';
import type { Db } from '../../db/client';
import type { Clock } from '../clock';
import { audit } from '../audit';
import { emailSchema } from '../../shared/schemas/auth';
import { createInvite, invitePath } from '../features/people/public';

/** The first beheerder's link is valid a week: long enough to reach the person, short enough to expire unused. */
export const SETUP_INVITE_VALID_MS = 7 * 24 * 60 * 60_000;

export const firstSetupSchema = z.object({
  partnership: z.string().trim().min(2, 'te kort (minstens 2 tekens)').max(120, 'te lang (hoogstens 120 tekens)'),
  adminEmail: emailSchema,
  adminName: z.string().trim().min(2, 'te kort (minstens 2 tekens)').max(120, 'te lang (hoogstens 120 tekens)'),
});
export type FirstSetup = z.output<typeof firstSetupSchema>;

/**
 * A new partnership and an invitation for its first beheerder, in one transaction: a refusal writes
 * nothing. A partnership name that exists already (in any letter case) is refused.
 */
export function firstSetup(db: Db, clock: Clock, input: FirstSetup, publicUrl: string): { link: string } {
  return db.transaction((tx) => {
    const taken = tx
      .select({ id: partnerships.id })
      .from(partnerships)
      .where(eq(sql`lower(${partnerships.name})`, input.partnership.toLowerCase()))
      .get();
    if (taken) throw new Error(`er bestaat al een samenwerkingsverband "${input.partnership}"`);
    const { id: partnershipId } = tx
      .insert(partnerships)
      .values({ name: input.partnership, region: '', createdAt: clock.now() })
      .returning({ id: partnerships.id })
      .get();
    const invite = createInvite(
      tx,
      clock,
      {
        partnershipId,
        createdBy: null,
        email: input.adminEmail,
        name: input.adminName,
        role: 'beheerder',
        topLocationId: null,
        studentId: null,
      },
      SETUP_INVITE_VALID_MS,
    );
    audit(db, clock, { userId: null, partnershipId }, { action: 'setup', subjectType: 'invite', subjectId: invite.id });
    return { link: publicUrl + invitePath(invite.token) };
  });
}
