/** Source of the current time. Inject it; domain code never calls `new Date()` itself. */
export interface Clock {
  now(): Date;
}

/** The real time. The only place in this library that reads the system clock. */
export const systemClock: Clock = {
  now: () => new Date(),
};

/** The dependency-injection token of a service's one Clock (libs/platform provides it; demo mode makes it movable). */
export const CLOCK = Symbol.for('sluitend.clock');
