/**
 * How deeply a JSON text nests, found by one pass over its characters before JSON.parse builds anything:
 * a body of a few megabytes of `[[[[…` must be refused in the time it takes to read it once, not after
 * the parser and zod have walked a million levels. Brackets inside strings do not count.
 */
export function jsonNestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c)
        i++; // backslash: skip the escaped character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      if (++depth > maxDepth) return true;
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
  return false;
}
