import { Rng, randomInt } from '@sluitend/domain-nl';

/** FNV-1a (32 bit) of a string: derives independent, stable seeds, e.g. per vestiging. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
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

/** `YYYY-MM-DD` of a UTC day number (days since 1970-01-01). */
export function isoDag(dag: number): string {
  return new Date(dag * DAG_MS).toISOString().slice(0, 10);
}

/** Day number (days since 1970-01-01, UTC) of a calendar date; month 1–12. */
export function dagNummer(jaar: number, maand: number, dag: number): number {
  return Date.UTC(jaar, maand - 1, dag) / DAG_MS;
}

/** A day in [van, tot] (inclusive day numbers). */
export function dagTussen(rng: Rng, van: number, tot: number): number {
  return tussen(rng, van, tot);
}
