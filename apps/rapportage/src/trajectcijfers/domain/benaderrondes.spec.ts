import { onthullingsbeleid } from '../../onthulling/domain/onthullingsbeleid';
import { Benaderronde, benaderrondeGrafiek, benaderrondes, publiceerBenaderrondes } from './benaderrondes';

/**
 * Seed 001's round (Aanpak oude VSV): 257 written to, 52 reacted themselves, 62 reached by phone, 160 in beeld — 11 to
 * RMC guidance, 26 to jongerenwerk, 9 to the jongerenloket. The seed does not split the other 46 in beeld by reaction:
 * here they are reached otherwise; the 97 not in beeld split over not reached and still open.
 */
const seed001: Benaderronde = {
  rondeId: 'a0000000-0000-4000-8000-000000000001',
  rmcRegio: 'MC14',
  afgeslotenOp: '2026-03-01',
  aangeschreven: 257,
  zelfGereageerd: 52,
  telefonischBereikt: 62,
  andersBereikt: 46,
  nietBereikt: 90,
  nogOpen: 7,
  inBeeld: 160,
  overgedragenAan: { jongerenloket: 9, rmc: 11, jongerenwerk: 26 },
};

describe('benaderrondes', () => {
  it("rebuilds seed 001's round: 257 written to, 160 in beeld, 46 handed over (RMC 11, jongerenwerk 26, jongerenloket 9)", () => {
    const rapport = benaderrondes([seed001], 'rmc-regio');
    expect(rapport.codes).toEqual(['MC14']);
    expect(rapport.reacties.cellen).toEqual([[52, 62, 46, 90, 7]]);
    expect(rapport.overdracht.kolommen).toEqual([
      'begeleiding RMC',
      'begeleiding jongerenwerk',
      'begeleiding jongerenloket',
      'in beeld, niet overgedragen',
      'niet in beeld',
    ]);
    expect(rapport.overdracht.cellen).toEqual([[11, 26, 9, 114, 97]]);
    const grafiek = benaderrondeGrafiek(publiceerBenaderrondes(rapport, null));
    const reeks = (code: string) => grafiek.reeksen.find((r) => r.code === code)?.waarden;
    expect(reeks('aangeschreven')).toEqual([257, 257]);
    expect(reeks('bereikt')).toEqual([160, 160]);
    expect(reeks('in-beeld')).toEqual([160, 160]);
    expect(reeks('overgedragen')).toEqual([46, 46]);
    expect(reeks('in-beeld-percentage')).toEqual([62.3, 62.3]);
  });

  it('adds up rounds per region, or keeps them apart per round; an organisation not known is its own column', () => {
    const tweede: Benaderronde = {
      ...seed001,
      rondeId: 'a0000000-0000-4000-8000-000000000002',
      afgeslotenOp: '2026-01-15',
      aangeschreven: 10,
      zelfGereageerd: 3,
      telefonischBereikt: 2,
      andersBereikt: 0,
      nietBereikt: 5,
      nogOpen: 0,
      inBeeld: 4,
      overgedragenAan: { 'GM0344-wijkteam': 2, rmc: 1 },
    };
    const perRegio = benaderrondes([seed001, tweede], 'rmc-regio', ['MC07']);
    expect(perRegio.codes).toEqual(['MC07', 'MC14']);
    expect(perRegio.rondes).toEqual([0, 2]);
    expect(perRegio.overdracht.kolommen.slice(0, 4)).toEqual([
      'begeleiding RMC',
      'begeleiding jongerenwerk',
      'begeleiding jongerenloket',
      'GM0344-wijkteam',
    ]);
    expect(perRegio.overdracht.cellen).toEqual([
      [0, 0, 0, 0, 0, 0],
      [12, 26, 9, 2, 115, 103],
    ]);
    const perRonde = benaderrondes([seed001, tweede], 'ronde');
    expect(perRonde.codes).toEqual([tweede.rondeId, seed001.rondeId]);
    expect(perRonde.reacties.rijen).toEqual(['MC14 · 2026-01-15 · a0000000', 'MC14 · 2026-03-01 · a0000000']);
  });

  it('suppresses the two tables together outside the organisation, and a funnel sum with a hidden part is hidden', () => {
    const klein: Benaderronde = {
      ...seed001,
      rondeId: 'a0000000-0000-4000-8000-000000000003',
      rmcRegio: 'MC07',
      aangeschreven: 30,
      zelfGereageerd: 2,
      telefonischBereikt: 10,
      andersBereikt: 8,
      nietBereikt: 10,
      nogOpen: 0,
      inBeeld: 20,
      overgedragenAan: { rmc: 3 },
    };
    const gepubliceerd = publiceerBenaderrondes(benaderrondes([seed001, klein], 'rmc-regio'), onthullingsbeleid({ drempel: 5 }));
    expect(gepubliceerd.reacties.cellen[0][0]).toBeNull();
    expect(gepubliceerd.overdracht.cellen[0][0]).toBeNull();
    expect(gepubliceerd.reacties.drempel).toBe(5);
    const grafiek = benaderrondeGrafiek(gepubliceerd);
    expect(grafiek.reeksen.find((r) => r.code === 'bereikt')?.waarden[0]).toBeNull();
    expect(grafiek.reeksen.find((r) => r.code === 'overgedragen')?.onderdrukt[0]).toBe(true);
  });
});
