/** What other features may use of profiles: erasure deletes a person's profile (decision 090). */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { beroepsbeeldProfiles } from '../../../db/schema';

/** Deletes an account's profiles in the given partnerships (an erasure: a profile lives by consent only). */
export function deleteProfilesOf(db: Db, userId: number, partnershipIds: number[]): number {
  return db
    .delete(beroepsbeeldProfiles)
    .where(and(eq(beroepsbeeldProfiles.userId, userId), inArray(beroepsbeeldProfiles.partnershipId, partnershipIds)))
    .run().changes;
}
