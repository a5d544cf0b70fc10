import type { Db } from '../../../db/client';
import type { Clock } from '../../clock';
import { applyRetention } from './retention.service';

export const RETENTION_EVERY_MS = 24 * 60 * 60_000;

/**
 * Applies the retention terms at start-up and then every 24 hours. A failure is logged and the next
 * day tries again; it never takes the server down. Timers are unref'd: they do not keep a process alive.
 */
export function startRetentionJob(
  db: Db,
  clock: Clock,
  log: (error: unknown) => void = (e) => console.error('retention failed', e),
): { stop(): void } {
  const tick = () => {
    try {
      applyRetention(db, clock);
    } catch (error) {
      log(error);
    }
  };
  const first = setTimeout(tick, 0);
  const daily = setInterval(tick, RETENTION_EVERY_MS);
  first.unref();
  daily.unref();
  return {
    stop: () => {
      clearTimeout(first);
      clearInterval(daily);
    },
  };
}
