import { Kalender } from '../../kalenders/domain/kalender';
import { landelijkeKalender } from '../../kalenders/domain/landelijke-kalender';
import { TESTSCHOOL_2025_2026, TESTSCHOOL_2026_2027 } from '../../kalenders/domain/testschool.fixture';
import { Verlofaanvraag, beoordeelVerlofaanvraag } from './verlofaanvraag';

const kalender = Kalender.bouw([TESTSCHOOL_2025_2026, TESTSCHOOL_2026_2027]);
const vakantieverlof = (van: string, totEnMet: string): Verlofaanvraag => ({
  soort: 'vakantieverlof',
  van,
  totEnMet,
  aangevraagdOp: '2025-09-01',
  werkgeversverklaring: true,
});
const codes = (a: Verlofaanvraag, eerder = []) => beoordeelVerlofaanvraag(a, kalender, eerder).bezwaren.map((b) => b.code);

describe('verlof', () => {
  it("vakantieverlof for a parent's work: the head decides, counted in lesdagen of the school", () => {
    expect(beoordeelVerlofaanvraag(vakantieverlof('2026-03-02', '2026-03-13'), kalender)).toEqual({
      lesdagen: 10,
      schooljaar: '2025-2026',
      beslisser: 'directeur',
      bezwaren: [],
      toewijsbaar: true,
    });
  });

  it("at most 10 school days, once a year, with an employer's statement", () => {
    expect(codes(vakantieverlof('2026-03-02', '2026-03-16'))).toEqual(['VAKANTIEVERLOF_MEER_DAN_10_DAGEN']);
    expect(codes({ ...vakantieverlof('2026-03-02', '2026-03-06'), werkgeversverklaring: false })).toEqual(['WERKGEVERSVERKLARING_ONTBREEKT']);
    const eerder = [{ soort: 'vakantieverlof' as const, van: '2025-11-03', totEnMet: '2025-11-07', lesdagen: 5 }];
    expect(beoordeelVerlofaanvraag(vakantieverlof('2026-03-02', '2026-03-06'), kalender, eerder)).toEqual(
      expect.objectContaining({ toewijsbaar: false, bezwaren: [expect.objectContaining({ code: 'VAKANTIEVERLOF_AL_VERLEEND' })] }),
    );
    const vorigJaar = [{ soort: 'vakantieverlof' as const, van: '2025-03-03', totEnMet: '2025-03-07', lesdagen: 5 }];
    expect(beoordeelVerlofaanvraag(vakantieverlof('2026-03-02', '2026-03-06'), kalender, vorigJaar).toewijsbaar).toBe(true);
  });

  it('never in the first two lesweken of the school year; the third is fine', () => {
    expect(codes(vakantieverlof('2025-09-04', '2025-09-09'))).toEqual(['VAKANTIEVERLOF_EERSTE_TWEE_LESWEKEN']);
    expect(codes(vakantieverlof('2025-09-08', '2025-09-12'))).toEqual([]);
    expect(codes(vakantieverlof('2026-08-31', '2026-09-04'))).toEqual(['VAKANTIEVERLOF_EERSTE_TWEE_LESWEKEN']);
  });

  it('gewichtige omstandigheden: the head up to 10 days a year, beyond that the leerplichtambtenaar', () => {
    const aanvraag: Verlofaanvraag = {
      soort: 'gewichtige-omstandigheden',
      omstandigheid: 'ernstige-ziekte-familie',
      van: '2026-03-02',
      totEnMet: '2026-03-06',
      aangevraagdOp: '2026-02-27',
    };
    expect(beoordeelVerlofaanvraag(aanvraag, kalender)).toEqual(expect.objectContaining({ lesdagen: 5, beslisser: 'directeur', toewijsbaar: true }));
    const eerder = [{ soort: 'gewichtige-omstandigheden' as const, van: '2025-11-03', totEnMet: '2025-11-10', lesdagen: 6 }];
    expect(beoordeelVerlofaanvraag(aanvraag, kalender, eerder)).toEqual(
      expect.objectContaining({ beslisser: 'leerplichtambtenaar', toewijsbaar: true }),
    );
  });

  it('gewichtige omstandigheden: asked late, above the guideline, or without a circumstance', () => {
    const verhuizing: Verlofaanvraag = {
      soort: 'gewichtige-omstandigheden',
      omstandigheid: 'verhuizing',
      van: '2026-03-02',
      totEnMet: '2026-03-03',
      aangevraagdOp: '2026-03-05',
      ontstaanOp: '2026-03-02',
    };
    const beoordeling = beoordeelVerlofaanvraag(verhuizing, kalender);
    expect(beoordeling.bezwaren.map((b) => [b.code, b.ernst])).toEqual([
      ['TE_LAAT_AANGEVRAAGD', 'wettelijk'],
      ['BOVEN_RICHTLIJN', 'richtlijn'],
    ]);
    expect(beoordeelVerlofaanvraag({ ...verhuizing, aangevraagdOp: '2026-03-04' }, kalender).toewijsbaar).toBe(true);
    expect(codes({ ...verhuizing, omstandigheid: undefined, aangevraagdOp: '2026-02-01' })).toEqual(['OMSTANDIGHEID_ONTBREEKT']);
  });

  it('a religious obligation is a notice at least two days before, no decision', () => {
    const aanvraag: Verlofaanvraag = { soort: 'religieuze-verplichting', van: '2026-03-20', totEnMet: '2026-03-20', aangevraagdOp: '2026-03-18' };
    expect(beoordeelVerlofaanvraag(aanvraag, kalender)).toEqual(expect.objectContaining({ beslisser: 'geen', toewijsbaar: true, lesdagen: 1 }));
    expect(codes({ ...aanvraag, aangevraagdOp: '2026-03-19' })).toEqual(['TE_LAAT_AANGEVRAAGD']);
  });

  it('no lesdagen, two school years, or an unknown start of the year', () => {
    expect(codes(vakantieverlof('2025-10-18', '2025-10-26'))).toEqual(['GEEN_LESDAGEN']);
    expect(() => beoordeelVerlofaanvraag(vakantieverlof('2026-07-06', '2026-08-28'), kalender)).toThrow(
      expect.objectContaining({ code: 'PERIODE_ONGELDIG', veld: 'totEnMet' }),
    );
    expect(() => beoordeelVerlofaanvraag(vakantieverlof('2026-03-06', '2026-03-02'), kalender)).toThrow(
      expect.objectContaining({ code: 'PERIODE_ONGELDIG' }),
    );
    const landelijk = Kalender.bouw([landelijkeKalender('noord', '2024-2025')]);
    expect(() => beoordeelVerlofaanvraag(vakantieverlof('2025-03-03', '2025-03-07'), landelijk)).toThrow(
      expect.objectContaining({ code: 'KALENDER_ONBEKEND' }),
    );
  });
});
