import type { Clock } from '../clock';

export const PUBLIC_CALLS_PER_MINUTE = 60;
const WINDOW_MS = 60_000;

/**
 * Calls of public procedures (the invitation page, "who am I") without a session, per IP per minute:
 * a stranger gets a few dozen, not the 3,000 of the general rate limit — each accepted invitation costs
 * a password hash. Kept in memory: it is a brake, not a record (the login limiter is the one in SQLite).
 */
export class PublicCallLimiter {
  private readonly windows = new Map<string, { start: number; calls: number }>();
  constructor(private readonly clock: Clock) {}

  /** Counts the call; false when this IP has had its calls this minute. */
  allow(ip: string): boolean {
    const now = this.clock.now();
    const window = this.windows.get(ip);
    if (!window || now - window.start >= WINDOW_MS) {
      if (this.windows.size > 100_000) this.forgetOld(now);
      this.windows.set(ip, { start: now, calls: 1 });
      return true;
    }
    window.calls++;
    return window.calls <= PUBLIC_CALLS_PER_MINUTE;
  }

  private forgetOld(now: number): void {
    for (const [ip, window] of this.windows) if (now - window.start >= WINDOW_MS) this.windows.delete(ip);
  }
}
