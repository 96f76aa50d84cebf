import { pasCorrectieToe } from '../../absenties/domain/absentie-correctie';
import { dagen, historie } from '../../absenties/domain/historie.fixture';
import { Kalender } from '../../kalenders/domain/kalender';
import { TESTSCHOOL_2025_2026 } from '../../kalenders/domain/testschool.fixture';
import { Leerling } from '../../leerlingen/domain/leerling';
import { beoordeelVerzuim } from './beoordeel-verzuim';
import { herbeoordeel, telstartNaCorrectie, vergelijkMeldingen } from './herbeoordeling';
import { afhandelingNaVervallen } from './melding-status';
import { zestienUur } from './zestien-uur';

const kalender = Kalender.bouw([TESTSCHOOL_2025_2026]);
const leerling: Leerling = { geboortedatum: '2011-03-10' };

describe('re-evaluation after a correction', () => {
  const eerdereMelding = dagen({ '2025-09-01': { ongeoorloofd: 8 }, '2025-09-02': { ongeoorloofd: 8 } }); // melding ending 2 Sep
  const vijftien = dagen({
    '2025-10-06': { ongeoorloofd: 4 },
    '2025-10-08': { ongeoorloofd: 4 },
    '2025-10-10': { ongeoorloofd: 4 },
    '2025-10-13': { ongeoorloofd: 3 },
  });
  const records = [...eerdereMelding, ...vijftien, { datum: '2025-10-14', ongeoorloofd: 1 }];
  const gemeld = zestienUur(historie(kalender, records), leerling);

  it('the set-up: two meldingen, the second crossed 16 with the hour of 14 October', () => {
    expect(gemeld.map((m) => [m.startdatum, m.einddatum, m.urenGemist])).toEqual([
      ['2025-09-01', '2025-09-02', 16],
      ['2025-10-06', '2025-10-14', 16],
    ]);
  });

  it('a correction that withdraws the hour that crossed the threshold: the melding is void and is withdrawn', () => {
    const gecorrigeerd = pasCorrectieToe(records, { datum: '2025-10-14', nieuw: null });
    const verschil = herbeoordeel(historie(kalender, gecorrigeerd), leerling, gemeld, '2025-10-14');
    expect(verschil.vervallen).toEqual([gemeld[1]]);
    expect(verschil.nieuw).toEqual([]);
    expect(verschil.gewijzigd).toEqual([]);
    // the melding of 2 September ended before the corrected day and is not evaluated again
    expect(verschil.ongewijzigd).toEqual([]);
    expect(afhandelingNaVervallen('geregistreerd')).toEqual({ actie: 'intrekken', door: 'school' });
    expect(afhandelingNaVervallen('in-behandeling')).toEqual({
      actie: 'afsluiten',
      door: 'behandelaar',
      sluitreden: 'geen-verzuim-legitiem-afwezig',
    });
    expect(afhandelingNaVervallen('afgesloten')).toBeNull();
  });

  it('the same hour withdrawn while a later hour crosses instead: the melding changes its einddatum', () => {
    const gecorrigeerd = pasCorrectieToe([...records, { datum: '2025-10-28', ongeoorloofd: 2 }], { datum: '2025-10-14', nieuw: null });
    const alleMeldingen = zestienUur(historie(kalender, [...records, { datum: '2025-10-28', ongeoorloofd: 2 }]), leerling);
    const verschil = herbeoordeel(historie(kalender, gecorrigeerd), leerling, alleMeldingen, '2025-10-14');
    expect(verschil.gewijzigd).toEqual([
      {
        eerder: expect.objectContaining({ startdatum: '2025-10-06', einddatum: '2025-10-14', urenGemist: 16 }),
        nu: expect.objectContaining({ startdatum: '2025-10-06', einddatum: '2025-10-28', urenGemist: 17 }),
      },
    ]);
    expect(verschil.vervallen).toEqual([]);
  });

  it('a correction that adds hours gives a new melding; the re-run equals a run over everything', () => {
    const gecorrigeerd = pasCorrectieToe(vijftien, { datum: '2025-10-13', nieuw: { datum: '2025-10-13', ongeoorloofd: 4 } });
    const verschil = herbeoordeel(historie(kalender, gecorrigeerd), leerling, [], '2025-10-13');
    expect(verschil.nieuw).toEqual(beoordeelVerzuim(historie(kalender, gecorrigeerd), leerling));
    expect(verschil.nieuw).toEqual([expect.objectContaining({ startdatum: '2025-10-06', einddatum: '2025-10-13', urenGemist: 16 })]);
  });

  it('the count restarts after the last melding that ended before the corrected day', () => {
    expect(telstartNaCorrectie(gemeld, '2025-10-14')).toEqual({ vanaf: '2025-09-03', vorigeEinddatum: '2025-09-02' });
    expect(telstartNaCorrectie(gemeld, '2025-09-02')).toEqual({});
    expect(telstartNaCorrectie(gemeld, '2025-12-01')).toEqual({ vanaf: '2025-10-15', vorigeEinddatum: '2025-10-14' });
  });

  it('vergelijkMeldingen: by kind and startdatum', () => {
    const [a, b] = gemeld;
    expect(vergelijkMeldingen([a, b], [a])).toEqual({ nieuw: [], vervallen: [b], gewijzigd: [], ongewijzigd: [a] });
    expect(vergelijkMeldingen([], [a])).toEqual({ nieuw: [a], vervallen: [], gewijzigd: [], ongewijzigd: [] });
    const anders = { ...a, ontvanger: 'rmc' as const };
    expect(vergelijkMeldingen([a], [anders]).gewijzigd).toEqual([{ eerder: a, nu: anders }]);
  });
});
