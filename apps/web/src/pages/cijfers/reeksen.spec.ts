import { beschrijf, dagVan, kolommenAlsSeries, laatsteTeldatumJaar, margesNaastElkaar, reeksenVan, schooljarenTot } from './reeksen';

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

describe('the figures rapportage serves (VSV, JiKP)', () => {
  it('takes the series of one unit from a served figure: a category left out, labels by code, percentages rounded', () => {
    const grafiek = {
      figuur: 'vsv.gemeente',
      titel: 'Voortijdig schoolverlaters 2025-2026',
      as: { naam: 'gemeente', codes: ['GM0014', 'GM1952', 'totaal'], labels: ['GM0014', 'GM1952', 'totaal'] },
      reeksen: [
        { code: 'vsv', naam: 'vsv', eenheid: 'aantal' as const, waarden: [3, null, 9], onderdrukt: [false, true, false] },
        { code: 'deelnemers', naam: 'deelnemers', eenheid: 'aantal' as const, waarden: [100, 50, 150], onderdrukt: [false, false, false] },
        { code: 'pct', naam: 'vsv-percentage', eenheid: 'percentage' as const, waarden: [3, null, 6.06666], onderdrukt: [false, true, false] },
      ],
      drempel: 5,
    };
    expect(reeksenVan(grafiek, 'aantal', { zonder: ['totaal'], label: (code) => `g${code.slice(2)}` })).toEqual({
      categorieen: ['g0014', 'g1952'],
      series: [
        { naam: 'vsv', waarden: [3, null] },
        { naam: 'deelnemers', waarden: [100, 50] },
      ],
    });
    expect(reeksenVan(grafiek, 'percentage')).toEqual({
      categorieen: ['GM0014', 'GM1952', 'totaal'],
      series: [{ naam: 'vsv-percentage', waarden: [3, null, 6.1] }],
    });
  });

  it('finds the last 1 October on or before a day, in Amsterdam', () => {
    expect(laatsteTeldatumJaar('2026-10-01')).toBe(2026);
    expect(laatsteTeldatumJaar('2026-09-30')).toBe(2025);
    expect(laatsteTeldatumJaar('2027-03-31')).toBe(2026);
    expect(dagVan('2026-09-30T22:30:00.000Z')).toBe('2026-10-01');
  });
});
