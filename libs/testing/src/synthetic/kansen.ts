import { Rng } from '@sluitend/domain-nl';

// Module-level copies: under jest every lookup of a global (Math.imul, Math.floor) goes through the sandbox's
// global object and costs ~0.3 µs, which made a country-wide cohort take 4× longer.
const { floor, imul } = Math;

/**
 * The same sequence as `mulberry32` from `@sluitend/domain-nl` (a spec checks this), with `Math.imul` held in a
 * module constant: the generator draws tens of millions of numbers for a country-wide cohort, and under jest the
 * global lookups inside the shared implementation made that ~30× slower than in plain Node.
 */
export function snelleMulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, maxExclusive) (as `randomInt` from `@sluitend/domain-nl`). */
export function randomInt(rng: Rng, maxExclusive: number): number {
  return floor(rng() * maxExclusive);
}

/** FNV-1a (32 bit) of a string: derives independent, stable seeds, e.g. per vestiging. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function kans(rng: Rng, p: number): boolean {
  return rng() < p;
}

export function kies<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError('kies uit een lege lijst');
  return items[randomInt(rng, items.length)];
}

/** One item by weight (weights ≥ 0, not all 0). */
export function kiesGewogen<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const totaal = items.reduce((sum, [, gewicht]) => sum + gewicht, 0);
  if (!(totaal > 0)) throw new RangeError('kiesGewogen zonder positief gewicht');
  let r = rng() * totaal;
  for (const [item, gewicht] of items) {
    r -= gewicht;
    if (r < 0) return item;
  }
  return items[items.length - 1][0];
}

/** An integer in [min, max]. */
export function tussen(rng: Rng, min: number, max: number): number {
  return min + randomInt(rng, max - min + 1);
}

const DAG_MS = 86_400_000;
const dagen = new Map<number, string>();
const dagNummers = new Map<number, number>();

/** `YYYY-MM-DD` of a UTC day number (days since 1970-01-01). */
export function isoDag(dag: number): string {
  let iso = dagen.get(dag);
  if (iso === undefined) {
    iso = new Date(dag * DAG_MS).toISOString().slice(0, 10);
    dagen.set(dag, iso);
  }
  return iso;
}

/** Day number (days since 1970-01-01, UTC) of a calendar date; month 1–12. */
export function dagNummer(jaar: number, maand: number, dag: number): number {
  const sleutel = jaar * 10_000 + maand * 100 + dag;
  let nummer = dagNummers.get(sleutel);
  if (nummer === undefined) {
    nummer = Date.UTC(jaar, maand - 1, dag) / DAG_MS;
    dagNummers.set(sleutel, nummer);
  }
  return nummer;
}

/** A day in [van, tot] (inclusive day numbers). */
export function dagTussen(rng: Rng, van: number, tot: number): number {
  return tussen(rng, van, tot);
}
