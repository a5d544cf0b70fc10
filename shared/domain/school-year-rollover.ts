/** Why a student leaves their class at a school-year roll-over (decision 087). */
export const LEAVE_REASONS = ['afgestudeerd', 'gestopt', 'overgestapt'] as const;
export type LeaveReason = (typeof LEAVE_REASONS)[number];

/** A class's programme lasts two to four school years. */
export const PROGRAMME_YEARS = { min: 2, max: 4 } as const;

/** The label of the school year after "2026-2027": "2027-2028". */
export function nextYearLabel(label: string): string {
  const match = /^(\d{4})-(\d{4})$/.exec(label);
  if (!match) return `${label} +1`;
  return `${Number(match[1]) + 1}-${Number(match[2]) + 1}`;
}

/** "1e jaar", "2e jaar": the class's school years from its start up to and including its current one. */
export function yearOfProgramme(
  years: { id: number; startsOn: string }[],
  startId: number | null,
  currentId: number,
): number {
  const current = years.find((y) => y.id === currentId);
  const start = years.find((y) => y.id === (startId ?? currentId)) ?? current;
  if (!current || !start) return 1;
  return years.filter((y) => y.startsOn >= start.startsOn && y.startsOn <= current.startsOn).length;
}
