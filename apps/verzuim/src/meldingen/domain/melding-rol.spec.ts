import { MeldingPlaats, rolVan } from './melding-rol';

const leerplicht: MeldingPlaats = { brin: '99ZZ', woongemeente: 'GM0014', rmcRegio: 'MC03', ontvanger: 'leerplichtambtenaar' };
const rmc: MeldingPlaats = { ...leerplicht, ontvanger: 'rmc' };

describe('rolVan', () => {
  it('the filing school is the school; another school is nobody', () => {
    expect(rolVan({ type: 'vo-school', code: '99ZZ' }, leerplicht)).toBe('school');
    expect(rolVan({ type: 'vo-school', code: '98YY' }, leerplicht)).toBeNull();
  });

  it("the woongemeente handles a leerplicht melding, not an RMC one; the woonregio's RMC the other way round", () => {
    expect(rolVan({ type: 'gemeente', code: 'GM0014' }, leerplicht)).toBe('behandelaar');
    expect(rolVan({ type: 'gemeente', code: 'GM0014' }, rmc)).toBeNull();
    expect(rolVan({ type: 'gemeente', code: 'GM0363' }, leerplicht)).toBeNull();
    expect(rolVan({ type: 'rmc-regio', code: 'MC03' }, rmc)).toBe('behandelaar');
    expect(rolVan({ type: 'rmc-regio', code: 'MC03' }, leerplicht)).toBeNull();
  });
});
