import { STANDAARD_CASELOAD_NORMEN } from './caseload-norm';
import { caseloadOverzicht, telCaseload } from './caseload';
import { CasusStatus } from '../../casussen/domain/casus-status';

const casussen = (regisseur: string | null, aantal: number, status: CasusStatus = 'traject') =>
  Array.from({ length: aantal }, () => ({ regisseur, status }));

describe('caseload per professional against the norm', () => {
  const telling = telCaseload([
    ...casussen('tb-anna', 301),
    ...casussen('tb-bram', 120),
    ...casussen('tb-bram', 40, 'afgesloten'),
    ...casussen('lpa-cor', 200),
    ...casussen(null, 7, 'aangemeld'),
    ...casussen('tb-vertrokken', 3),
  ]);

  it('counts open cases per regisseur, and the ones without a person', () => {
    expect(telling.perGebruiker.get('tb-bram')).toBe(120);
    expect(telling.nietToegewezen).toBe(7);
  });

  it('RMC 300 per fte: 301 is over the norm, 300 × 0.5 = 150; fullest first', () => {
    const overzicht = caseloadOverzicht(
      [
        { gebruiker: 'tb-bram', soort: 'rmc', fte: 0.5 },
        { gebruiker: 'tb-anna', soort: 'rmc', fte: 1 },
        { gebruiker: 'lpa-cor', soort: 'leerplicht', fte: 0.8 },
      ],
      telling,
      STANDAARD_CASELOAD_NORMEN,
    );
    expect(overzicht.regels).toEqual([
      { gebruiker: 'tb-anna', soort: 'rmc', fte: 1, aantal: 301, capaciteit: 300, bezettingProcent: 100, bovenNorm: true },
      { gebruiker: 'lpa-cor', soort: 'leerplicht', fte: 0.8, aantal: 200, capaciteit: 200, bezettingProcent: 100, bovenNorm: false },
      { gebruiker: 'tb-bram', soort: 'rmc', fte: 0.5, aantal: 120, capaciteit: 150, bezettingProcent: 80, bovenNorm: false },
    ]);
    expect(overzicht.totaal).toEqual({ aantal: 621, capaciteit: 650, bezettingProcent: 96 });
    expect(overzicht.nietToegewezen).toBe(7);
    expect(overzicht.onbekendeRegisseurs).toEqual(['tb-vertrokken']);
  });

  it('fte is more than 0 and at most 1', () => {
    expect(() => caseloadOverzicht([{ gebruiker: 'x', soort: 'rmc', fte: 0 }], telling, STANDAARD_CASELOAD_NORMEN)).toThrow(
      expect.objectContaining({ code: 'caseload.ongeldig', issues: [expect.objectContaining({ field: 'professionals[0].fte' })] }),
    );
  });
});
