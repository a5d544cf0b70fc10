/** Time as the services see it; tests pass a fake one to move through idle and absolute timeouts. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export function fakeClock(
  start = Date.UTC(2026, 10, 25, 9, 0, 0),
): Clock & { advance(ms: number): void; set(ms: number): void } {
  let t = start;
  return {
    now: () => t,
    advance: (ms) => {
      t += ms;
    },
    set: (ms) => {
      t = ms;
    },
  };
}
