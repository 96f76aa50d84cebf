/** A source of uniform numbers in [0, 1), like `Math.random`. */
export type Rng = () => number;

/**
 * mulberry32: a tiny seeded 32-bit PRNG, for deterministic test and demo data. Not cryptographic.
 * The same seed always gives the same sequence.
 */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, maxExclusive). */
export function randomInt(rng: Rng, maxExclusive: number): number {
  return Math.floor(rng() * maxExclusive);
}

/** `count` random decimal digits. */
export function randomDigits(rng: Rng, count: number): string {
  let digits = '';
  for (let i = 0; i < count; i++) digits += String(randomInt(rng, 10));
  return digits;
}
