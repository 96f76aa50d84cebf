import { addDays, localDateOf } from '@sluitend/domain-nl';
import fc from 'fast-check';
import { amsterdamseDag, kalenderdagen, moment, uren } from './doorlooptijd';
import { percentiel, samenvatting } from './samenvatting';
import { wekenKlasse } from './weken-klasse';

describe('doorlooptijden', () => {
  it('weeks classes on calendar days: < 28, 28…42, > 42, none yet', () => {
    expect([0, 27, 28, 42, 43, null].map(wekenKlasse)).toEqual([
      'korter-dan-4-weken',
      'korter-dan-4-weken',
      '4-tot-6-weken',
      '4-tot-6-weken',
      'langer-dan-6-weken',
      'nog-niet',
    ]);
  });

  it('calendar days by the Amsterdam day, hours exactly', () => {
    // 23:30 and 00:30 Amsterdam time (summer, UTC+2) are different days though one hour apart.
    const a = moment('2025-06-10T21:30:00Z', 'van');
    const b = moment('2025-06-10T22:30:00Z', 'tot');
    expect(kalenderdagen(a, b)).toBe(1);
    expect(uren(a, b)).toBe(1);
    expect(kalenderdagen(moment('2025-03-01T10:00:00+01:00', 'a'), moment('2025-03-29T09:00:00+01:00', 'b'))).toBe(28);
    expect(() => moment('gisteren', 'opgepaktOp')).toThrow(
      expect.objectContaining({ code: 'doorlooptijd.ongeldig-moment', issues: [expect.objectContaining({ field: 'opgepaktOp' })] }),
    );
  });

  it('reads event instants exactly as Date.parse does (property), and refuses what is none', () => {
    const tijdstip = fc.record({
      ms: fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) }),
      offset: fc.integer({ min: -14 * 60, max: 14 * 60 }),
      fractie: fc.constantFrom(0, 1, 3, 6),
      z: fc.boolean(),
    });
    fc.assert(
      fc.property(tijdstip, ({ ms, offset, fractie, z }) => {
        const iso = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
        const breuk = fractie === 0 ? '' : `.${String(ms % 1000).padStart(3, '0')}000`.slice(0, fractie + 1);
        const zone = z
          ? 'Z'
          : `${offset < 0 ? '-' : '+'}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
        const tekst = `${iso}${breuk}${zone}`;
        expect(moment(tekst, 'op')).toBe(Date.parse(tekst));
      }),
      { numRuns: 3000 },
    );
    // What the event contracts refuse is refused here too (Date.parse would take most of these).
    for (const fout of [
      '2025-02-30T10:00:00Z',
      '2025-13-01T10:00:00Z',
      '2025-01-01 10:00:00Z',
      '2025-01-01T25:00:00Z',
      '2025-01-01T10:00Z',
      '2025-01-01T10:00:00+0100',
      '2025-01-01T10:00:00z',
    ]) {
      expect(() => moment(fout, 'op')).toThrow(expect.objectContaining({ code: 'doorlooptijd.ongeldig-moment' }));
    }
  });

  it("the Amsterdam day is exactly domain-nl's local date, around DST changes too (property)", () => {
    const rond = (ms: number) => addDays('1970-01-01', amsterdamseDag(ms));
    // Every instant of 2000–2040, plus the hours around the changes of 2025 (30 March, 26 October at 01:00 UTC).
    const momenten = fc.oneof(
      fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
      fc.integer({ min: Date.UTC(2025, 2, 29, 20), max: Date.UTC(2025, 2, 30, 4) }),
      fc.integer({ min: Date.UTC(2025, 9, 25, 20), max: Date.UTC(2025, 9, 26, 4) }),
    );
    fc.assert(
      fc.property(momenten, (ms) => rond(ms) === localDateOf(new Date(ms))),
      { numRuns: 3000 },
    );
  });

  it('median and p90 by nearest rank; too few durations under a threshold give none', () => {
    expect(percentiel([1, 2, 3, 4], 50)).toBe(2);
    expect(percentiel([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(samenvatting([5, 1, 3, 2, 4])).toEqual({ aantal: 5, mediaan: 3, p90: 5 });
    expect(samenvatting([5, 1, 3], 5)).toEqual({ aantal: 3, mediaan: null, p90: null });
    expect(samenvatting([])).toEqual({ aantal: 0, mediaan: null, p90: null });
  });
});
