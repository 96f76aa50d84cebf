import { INGRADO_NORM_LEERPLICHT, STANDAARD_CASELOAD_NORMEN, stelCaseloadNormenVast } from './caseload-norm';

describe('caseload norms', () => {
  it('seed figures: RMC 300, leerplicht 250 per fte (Ingrado 135)', () => {
    expect(STANDAARD_CASELOAD_NORMEN).toEqual({ rmc: 300, leerplicht: 250 });
    expect(INGRADO_NORM_LEERPLICHT).toBe(135);
    expect(stelCaseloadNormenVast({})).toEqual(STANDAARD_CASELOAD_NORMEN);
  });

  it("a region keeps Ingrado's norm for leerplicht", () => {
    expect(stelCaseloadNormenVast({ leerplicht: 135 })).toEqual({ rmc: 300, leerplicht: 135 });
  });

  it('names a bad norm and an unknown kind', () => {
    expect(() => stelCaseloadNormenVast({ rmc: 0, jeugd: 100, leerplicht: 250.5 })).toThrow(
      expect.objectContaining({
        code: 'caseload.ongeldig',
        issues: [
          expect.objectContaining({ field: 'normen.rmc', rule: 'norm.1-1000' }),
          expect.objectContaining({ field: 'normen.jeugd', rule: 'soort.onbekend' }),
          expect.objectContaining({ field: 'normen.leerplicht', rule: 'norm.1-1000' }),
        ],
      }),
    );
  });
});
