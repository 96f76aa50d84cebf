import { caseload } from './caseload';
import { caseloadGrafiek } from './traject-grafiek';
import { Trajectgebeurtenis } from './trajectgebeurtenis';
import { trajectenstand } from './trajectstand';

let id = 0;
function zaak(medewerkerId: string | null, afgesloten = false): Trajectgebeurtenis[] {
  const trajectId = `t${++id}`;
  const op = '2025-01-10T10:00:00+01:00';
  return [
    { type: 'trajecten.traject.geopend', trajectId, bron: 'duo', rmcRegio: 'MC19', woongemeente: 'GM0632', signaalOp: op, geopendOp: op },
    ...(medewerkerId === null ? [] : [{ type: 'trajecten.casusregisseur.toegewezen', trajectId, medewerkerId, op } as const]),
    ...(afgesloten ? [{ type: 'trajecten.traject.afgesloten', trajectId, uitkomst: 'overig', op } as const] : []),
  ];
}
const zaken = (medewerker: string | null, aantal: number, afgesloten = false) =>
  Array.from({ length: aantal }, () => zaak(medewerker, afgesloten)).flat();

describe('caseload', () => {
  const stand = trajectenstand([...zaken('m1', 270), ...zaken('m2', 100), ...zaken('m2', 40, true), ...zaken(null, 2)]);

  it('open cases per casusregisseur per fte against the RMC norm of 300 (seed 003)', () => {
    const load = caseload(
      stand,
      new Map([
        ['m1', 0.8],
        ['m2', 0.5],
        ['m3', 1],
      ]),
    );
    expect(load.regels).toEqual([
      { medewerkerId: 'm1', open: 270, fte: 0.8, perFte: 337.5, tenOpzichteVanNorm: 112.5 },
      { medewerkerId: 'm2', open: 100, fte: 0.5, perFte: 200, tenOpzichteVanNorm: 66.7 },
      { medewerkerId: 'm3', open: 0, fte: 1, perFte: 0, tenOpzichteVanNorm: 0 },
    ]);
    expect(load.zonderCasusregisseur).toBe(2);
    expect(load.totaalOpen).toBe(372);
    expect(load.perFte).toBe(160.9); // 370 / 2.3
    expect(caseloadGrafiek(load).reeksen[1].waarden).toEqual([337.5, 200, 0]);
  });

  it('another norm (leerplicht: Ingrado 135), and a staff member without a known fte', () => {
    const load = caseload(stand, new Map([['m1', 1]]), 135);
    expect(load.regels.find((r) => r.medewerkerId === 'm2')).toEqual({
      medewerkerId: 'm2',
      open: 100,
      fte: null,
      perFte: null,
      tenOpzichteVanNorm: null,
    });
    expect(() => caseload(stand, new Map(), 0)).toThrow(expect.objectContaining({ code: 'caseload.ongeldige-norm' }));
  });
});
