import { alleGemeenten, alleRmcRegios, gemeente, gemeenteByNaam, gemeentenInRegio, rmcRegioVanCode, rmcRegioVanGemeente } from './gemeenten';

const ARNHEM_REGIO = ['GM0202', 'GM0226', 'GM0274', 'GM0275', 'GM0277', 'GM0293', 'GM0299', 'GM1705', 'GM1734'];

describe('gemeenten and RMC regions (shipped data)', () => {
  it('has 342 gemeenten with unique codes', () => {
    const gemeenten = alleGemeenten();
    expect(gemeenten).toHaveLength(342);
    expect(new Set(gemeenten.map((g) => g.code)).size).toBe(342);
  });

  it('has 39 coded regions (MC01..MC40 without MC14) plus the uncoded Arnhem region: 40 in use', () => {
    const regios = alleRmcRegios();
    expect(regios).toHaveLength(39);
    expect(regios.map((r) => r.nummer)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1).filter((n) => n !== 14));
    const uncoded = new Set(
      alleGemeenten()
        .filter((g) => !g.rmcRegio)
        .map((g) => g.rmcRegioNaam),
    );
    expect([...uncoded]).toEqual(['Arnhem']);
    expect(regios.length + uncoded.size).toBe(40);
    const perRegio = regios.reduce((sum, r) => sum + gemeentenInRegio(r.code).length, 0);
    expect(perRegio + ARNHEM_REGIO.length).toBe(342);
  });

  it('maps Groningen to MC03', () => {
    expect(gemeente('GM0014')?.naam).toBe('Groningen');
    expect(rmcRegioVanGemeente('GM0014')).toEqual({ code: 'MC03', nummer: 3, naam: 'Centraal en Westelijk Groningen' });
    expect(rmcRegioVanGemeente(14)?.code).toBe('MC03');
  });

  it('maps Drenthe gemeenten to their own regions', () => {
    // Assen
    expect(rmcRegioVanGemeente('GM0106')).toEqual({ code: 'MC07', nummer: 7, naam: 'Noord- en Midden Drenthe' });
    expect(rmcRegioVanGemeente('GM0114')?.code).toBe('MC08'); // Emmen
    expect(rmcRegioVanGemeente('GM0119')?.code).toBe('MC09'); // Meppel
    expect(gemeentenInRegio('MC07').map((g) => g.naam)).toEqual(['Assen', 'Aa en Hunze', 'Noordenveld', 'Tynaarlo', 'Midden-Drenthe']);
  });

  it('gives undefined for the nine Arnhem-region gemeenten and throws for an unknown code', () => {
    for (const code of ARNHEM_REGIO) {
      expect(gemeente(code)?.rmcRegioNaam).toBe('Arnhem');
      expect(rmcRegioVanGemeente(code)).toBeUndefined();
    }
    expect(gemeente('GM9999')).toBeUndefined();
    expect(() => rmcRegioVanGemeente('GM9999')).toThrow(expect.objectContaining({ code: 'ONBEKENDE_GEMEENTE' }));
  });

  it('looks up regions by code', () => {
    expect(rmcRegioVanCode('mc40')?.naam).toBeDefined();
    expect(rmcRegioVanCode('MC14')).toBeUndefined();
    expect(gemeentenInRegio('MC40')).toHaveLength(7);
    expect(gemeentenInRegio('MC99')).toEqual([]);
  });

  it('reads the quoted name with a comma', () => {
    expect(gemeente('GM0820')?.naam).toBe('Nuenen, Gerwen en Nederwetten');
    expect(gemeente('GM0202')?.bron).toEqual(['DUO-BO-2026', 'DUO-code-41', 'CBS-code-onbekend']);
  });

  describe('gemeenteByNaam', () => {
    it.each([
      ['GRONINGEN', 'GM0014'],
      ['groningen', 'GM0014'],
      ['S HERTOGENBOSCH', 'GM0796'],
      ["'s-Gravenhage", 'GM0518'],
      ['S GRAVENHAGE', 'GM0518'],
      ['SUDWEST-FRYSLAN', 'GM1900'],
      ['NOARDEAST-FRYSLAN', 'GM1970'],
      ['BERGEN NH', 'GM0373'],
      ['Bergen (NH.)', 'GM0373'],
      ['Bergen (L.)', 'GM0893'],
      ['HENGELO', 'GM0164'],
      ['RIJSWIJK', 'GM0603'],
      ['NUENEN CA', 'GM0820'],
      ['Nuenen, Gerwen en Nederwetten', 'GM0820'],
      ['Den Haag', 'GM0518'],
    ])('%s → %s', (naam, code) => {
      expect(gemeenteByNaam(naam)?.code).toBe(code);
    });

    it('is undefined when ambiguous or unknown', () => {
      expect(gemeenteByNaam('BERGEN')).toBeUndefined();
      expect(gemeenteByNaam('Atlantis')).toBeUndefined();
      expect(gemeenteByNaam('  ')).toBeUndefined();
    });

    it('finds every gemeente by its own name', () => {
      for (const g of alleGemeenten()) expect(gemeenteByNaam(g.naam.toUpperCase())).toBe(g);
    });
  });
});
