import { STANDAARD_BELEID } from '../../onthulling/domain/onthullingsbeleid';
import { factsheet, factsheetVergelijking, publiceerFactsheet } from './jikp-factsheet';
import { geboren, jongeren } from './jikp.fixture';

const ASSEN = 'GM0106';
const TYNAARLO = 'GM1730';
const gemeenten = [ASSEN, TYNAARLO, 'GM1680'];

/*
 * Peildatum 1 October 2024. In the target group, worked out by hand:
 *   Assen:    20 pro (12 onderwijs, 8 arbeid), 15 vso (all dagbesteding), 10 vmbo-bb (geen), all 18
 *   Tynaarlo:  6 entree (onderwijs), aged 16 (born 2008-03-01)
 * Not: 3 with a startkwalificatie, 2 aged 23, 4 without one of the backgrounds, 5 living outside the region.
 */
const feiten = [
  ...jongeren(12, { woongemeente: ASSEN, achtergrond: 'pro', participatie: 'onderwijs' }),
  ...jongeren(8, { woongemeente: ASSEN, achtergrond: 'pro', participatie: 'arbeid', inkomensklasse: '300-tot-700' }),
  ...jongeren(15, { woongemeente: ASSEN, achtergrond: 'vso', participatie: 'dagbesteding' }),
  ...jongeren(10, { woongemeente: ASSEN, achtergrond: 'vmbo-bb', participatie: 'geen' }),
  ...jongeren(6, { woongemeente: TYNAARLO, achtergrond: 'entree', participatie: 'onderwijs', laatsteTeldatumOnder23: geboren('2008-03-01') }),
  ...jongeren(3, { woongemeente: ASSEN, achtergrond: 'pro', startkwalificatieOp: '2024-07-01' }),
  ...jongeren(2, { woongemeente: ASSEN, achtergrond: 'vso', laatsteTeldatumOnder23: geboren('2001-09-30') }),
  ...jongeren(4, { woongemeente: ASSEN, achtergrond: null }),
  ...jongeren(5, { woongemeente: 'GM0014', achtergrond: 'pro' }),
];

describe('JiKP factsheet', () => {
  const sheet = factsheet(feiten, { peildatum: '2024-10-01', gemeenten });

  it('background × participation (seed 002: routes onderwijs, arbeid, dagbesteding, none)', () => {
    expect(sheet.achtergrondEnParticipatie.cellen).toEqual([
      [12, 8, 0, 0],
      [0, 0, 15, 0],
      [0, 0, 0, 10],
      [6, 0, 0, 0],
    ]);
  });

  it('age × background and gemeente × background, every category present', () => {
    expect(sheet.leeftijdEnAchtergrond.rijen).toEqual(['16 jaar', '17 jaar', '18 jaar', '19 jaar', '20 jaar', '21 jaar', '22 jaar']);
    expect(sheet.leeftijdEnAchtergrond.cellen[0]).toEqual([0, 0, 0, 6]);
    expect(sheet.leeftijdEnAchtergrond.cellen[2]).toEqual([20, 15, 10, 0]);
    expect(sheet.gemeenteEnAchtergrond.cellen).toEqual([
      [20, 15, 10, 0],
      [0, 0, 0, 6],
      [0, 0, 0, 0],
    ]);
  });

  it('published: the three tables are suppressed together, shared totals alike everywhere', () => {
    const uit = publiceerFactsheet(sheet, STANDAARD_BELEID);
    const perAchtergrond = [
      uit.achtergrondEnParticipatie.rijtotalen,
      uit.leeftijdEnAchtergrond.kolomtotalen,
      uit.gemeenteEnAchtergrond.kolomtotalen,
    ].map((marges) => marges.map((w) => w === null));
    expect(perAchtergrond[1]).toEqual(perAchtergrond[0]);
    expect(perAchtergrond[2]).toEqual(perAchtergrond[0]);
    expect(uit.achtergrondEnParticipatie.totaal).toBe(51);
    expect(uit.gemeenteEnAchtergrond.cellen[0][0]).toBe(20);
  });

  it('years side by side: the same figures every year', () => {
    const vorigJaar = factsheet(feiten, { peildatum: '2023-10-01', gemeenten });
    const grafiek = factsheetVergelijking([publiceerFactsheet(sheet, null), publiceerFactsheet(vorigJaar, null)]);
    expect(grafiek.as.codes).toEqual(['2023-10-01', '2024-10-01']);
    // In 2023 the Tynaarlo group was 15 (not yet in the band), the 2001-09-30 group 22 (in it), the startkwalificaties
    // not yet obtained (in it).
    expect(grafiek.reeksen.find((r) => r.code === 'totaal')!.waarden).toEqual([50, 51]);
    expect(grafiek.reeksen.find((r) => r.code === 'entree')!.waarden).toEqual([0, 6]);
    expect(grafiek.reeksen.find((r) => r.code === 'participatie-onderwijs')!.waarden).toEqual([12, 18]);
  });
});
