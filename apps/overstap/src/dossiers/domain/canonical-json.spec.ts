import { canonicalJson, contentHash } from './canonical-json';

/** The first implementation: stored hashes were computed with it, so the current one must give the same text. */
function referentie(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(referentie).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${referentie(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A small deterministic generator (mulberry32), so a failure names its seed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SLEUTELS = ['a', 'B', 'b', 'aa', 'Z', '10', '2', 'é', 'ü', '\u{1F600}', 'quote"', 'back\\slash', 'tab\t', '', 'leerling', 'keuze'];
const TEKSTEN = ['', 'x', 'Jan "de" Vries', 'line\nbreak', '\u2028', 'ĳ', '\u{1F600}', '\u0000', '2025-2026'];

function waarde(next: () => number, diepte: number): unknown {
  const r = next();
  if (diepte > 3 || r < 0.35) {
    const soort = Math.floor(next() * 7);
    if (soort === 0) return TEKSTEN[Math.floor(next() * TEKSTEN.length)];
    if (soort === 1) return Math.floor(next() * 2000) - 1000;
    if (soort === 2) return next() * 1e6;
    if (soort === 3) return next() < 0.5;
    if (soort === 4) return null;
    if (soort === 5) return undefined;
    return -0;
  }
  if (r < 0.6) return Array.from({ length: Math.floor(next() * 4) }, () => waarde(next, diepte + 1));
  const object: Record<string, unknown> = {};
  for (let i = Math.floor(next() * 6); i > 0; i--) object[SLEUTELS[Math.floor(next() * SLEUTELS.length)]] = waarde(next, diepte + 1);
  return object;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[2,{"y":2,"z":1}]},"b":1}');
  });

  it('gives equal hashes for equal content in another key order, and different ones otherwise', () => {
    expect(contentHash({ a: 1, b: 2 })).toBe(contentHash({ b: 2, a: 1 }));
    expect(contentHash({ a: 1, b: 2 })).not.toBe(contentHash({ a: 1, b: 3 }));
  });

  it('writes undefined array elements and functions as the first implementation did', () => {
    // eslint-disable-next-line no-sparse-arrays -- a hole in an array is one of the cases
    const waarden = [[1, undefined, 2], [() => 1], { a: () => 1 }, new Date(0), [, 1], undefined, 'x', { a: [undefined] }];
    for (const value of waarden) expect(canonicalJson(value)).toBe(referentie(value));
  });

  it('gives exactly the text of the first implementation for 5,000 generated values (stored hashes stay valid)', () => {
    const verschillen: number[] = [];
    for (let seed = 1; seed <= 5000; seed++) {
      const value = waarde(random(seed), 0);
      if (canonicalJson(value) !== referentie(value)) verschillen.push(seed);
    }
    expect(verschillen).toEqual([]);
  });
});
