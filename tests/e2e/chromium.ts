import { existsSync } from 'node:fs';

/** Debian's Chromium, or CHROMIUM_PATH. Browser downloads do not work here, so we never fetch one. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  ) as string[];
  return candidates.find((p) => existsSync(p)) ?? null;
}
