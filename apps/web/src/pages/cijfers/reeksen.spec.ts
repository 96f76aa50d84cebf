import { beschrijf, kolommenAlsSeries, margesNaastElkaar, schooljarenTot } from './reeksen';

const tabel = {
  rijen: ['mbo-2', 'havo'],
  kolommen: ['mbo-2', 'werk'],
  cellen: [
    [3, null],
    [1, 0],
  ],
  rijtotalen: [null, 1],
  kolomtotalen: [4, null],
  totaal: 5,
  drempel: 5,
};

describe('the dashboards’ series', () => {
  it('turns columns into series over the rows, a suppressed cell staying a gap', () => {
    expect(kolommenAlsSeries(tabel)).toEqual([
      { naam: 'mbo-2', waarden: [3, 1] },
      { naam: 'werk', waarden: [null, 0] },
    ]);
  });

  it('sets chosen against actual over the union of categories: absent is 0, suppressed is null', () => {
    expect(margesNaastElkaar(tabel, 'Keuze', 'Werkelijk')).toEqual({
      categorieen: ['mbo-2', 'havo', 'werk'],
      series: [
        { naam: 'Keuze', waarden: [null, 1, 0] },
        { naam: 'Werkelijk', waarden: [4, 0, null] },
      ],
    });
  });

  it('lists the school years up to one, oldest first', () => {
    expect(schooljarenTot('2026-2027', 3)).toEqual(['2024-2025', '2025-2026', '2026-2027']);
  });
});
describe('a chart’s text alternative', () => {
  it('names every value, a suppressed one as such, and points to the table', () => {
    expect(beschrijf('Verzuim', ['16 uur', 'luxe'], [{ naam: 'geregistreerd', waarden: [7, null] }])).toBe(
      'Verzuim. 16 uur 7, luxe onderdrukt. De tabel eronder geeft dezelfde cijfers.',
    );
  });

  it('names the series when there are several, and summarises a large chart', () => {
    expect(
      beschrijf(
        'T',
        ['a'],
        [
          { naam: 'x', waarden: [1] },
          { naam: 'y', waarden: [2] },
        ],
      ),
    ).toBe('T. x: a 1; y: a 2. De tabel eronder geeft dezelfde cijfers.');
    const veel = Array.from({ length: 50 }, (_, i) => `c${i}`);
    expect(beschrijf('T', veel, [{ naam: 'x', waarden: veel.map(() => 1) }])).toBe(
      `T. 1 reeksen (x) over ${veel.join(', ')}; de tabel eronder geeft alle cijfers.`,
    );
    expect(beschrijf('T', [], [])).toBe('T: geen gegevens.');
  });
});
