/**
 * Ids in the engine's snapshot. They name database rows but no person: a snapshot can go to another
 * tool (`npm run match`) without names. Students and TOP-locaties by their own ids (stable across
 * rounds, so a snapshot imports into another round of the partnership); werkbegeleiders by their
 * row in the round; programmes by their code ("ad-pep").
 */
export const studentKey = (studentId: number) => `stu-${studentId}`;
export const locationKey = (locationId: number) => `loc-${locationId}`;
export const supervisorKey = (supervisorId: number) => `wb-${supervisorId}`;

/** The number in a key with the given prefix, or null for anything else. */
export function idOfKey(key: string, prefix: 'stu' | 'loc' | 'wb'): number | null {
  const match = new RegExp(`^${prefix}-([1-9][0-9]{0,15})$`).exec(key);
  if (!match) return null;
  const id = Number(match[1]);
  return Number.isSafeInteger(id) ? id : null;
}
