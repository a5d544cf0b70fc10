/**
 * Splitting a whole (cents, minutes) over organisations by an agreed key (docs/decisions/089), with no
 * database or framework: pure arithmetic on integers, so the parts always sum exactly to the whole.
 */

export interface KeyPart {
  organisationId: number;
  /** Any non-negative integer weight: basis points of a key, or 1 each for equal shares. */
  weight: number;
}

/**
 * Largest-remainder (Hamilton) rounding: each part gets the floor of its exact share, and the units left
 * over go one each to the parts with the largest remainders (ties: the larger weight, then the earlier
 * part). Returns one integer per part, in the parts' order, summing to `whole`.
 */
export function splitWhole(whole: number, parts: readonly KeyPart[]): number[] {
  const totalWeight = parts.reduce((n, p) => n + p.weight, 0);
  if (totalWeight === 0 || whole === 0) return parts.map(() => 0);
  // Integers throughout: the exact share is (whole × weight) / totalWeight; its remainder is the modulo.
  const floors = parts.map((p) => Math.floor((whole * p.weight) / totalWeight));
  const remainders = parts.map((p) => (whole * p.weight) % totalWeight);
  let left = whole - floors.reduce((n, f) => n + f, 0);
  const order = parts
    .map((_, i) => i)
    .sort((a, b) => remainders[b]! - remainders[a]! || parts[b]!.weight - parts[a]!.weight || a - b);
  for (const i of order) {
    if (left === 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors;
}

/** Euro cents for minutes at an hourly tariff in cents, rounded half up to a whole cent. */
export const centsFor = (minutes: number, centsPerHour: number): number => Math.round((minutes * centsPerHour) / 60);
