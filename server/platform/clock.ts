export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can move; like the adjustable clock it can also be moved by the development tools. */
export function fixedClock(
  start: Date | string,
): Clock & { set(to: Date | string): void; advance(ms: number): void; reset(): void; offsetMs(): number } {
  const origin = new Date(start);
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (to) => {
      current = new Date(to);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
    reset: () => {
      current = new Date(origin);
    },
    offsetMs: () => current.getTime() - origin.getTime(),
  };
}

export type AdjustableClock = Clock & { advance(ms: number): void; reset(): void; offsetMs(): number };

/** The system clock plus an offset that development tools can move (never in production). */
export function adjustableClock(base: Clock = systemClock): AdjustableClock {
  let offset = 0;
  return {
    now: () => new Date(base.now().getTime() + offset),
    advance: (ms) => {
      offset += ms;
    },
    reset: () => {
      offset = 0;
    },
    offsetMs: () => offset,
  };
}

export const isAdjustable = (clock: Clock): clock is AdjustableClock => 'offsetMs' in clock && 'reset' in clock;
