import { leeftijdsband, valtOnderJikp } from './jikp-doelgroep';
import { geboren, jongeren } from './jikp.fixture';

const [pro] = jongeren(1, { achtergrond: 'pro' });

describe('valtOnderJikp', () => {
  it('16 to 22 on the peildatum, from pro, vso, vmbo-bb or entree, without startkwalificatie', () => {
    expect(valtOnderJikp(pro, '2024-10-01')).toBe(true);
    expect(valtOnderJikp({ ...pro, achtergrond: null }, '2024-10-01')).toBe(false);
    expect(valtOnderJikp({ ...pro, laatsteTeldatumOnder23: geboren('2008-10-01') }, '2024-10-01')).toBe(true); // 16 today
    expect(valtOnderJikp({ ...pro, laatsteTeldatumOnder23: geboren('2008-10-02') }, '2024-10-01')).toBe(false); // 15
    expect(valtOnderJikp({ ...pro, laatsteTeldatumOnder23: geboren('2001-10-02') }, '2024-10-01')).toBe(true); // 22
    expect(valtOnderJikp({ ...pro, laatsteTeldatumOnder23: geboren('2001-10-01') }, '2024-10-01')).toBe(false); // 23 today
  });

  it('followed until the startkwalificatie: one obtained after the peildatum does not count yet', () => {
    expect(valtOnderJikp({ ...pro, startkwalificatieOp: '2024-10-01' }, '2024-10-01')).toBe(false);
    expect(valtOnderJikp({ ...pro, startkwalificatieOp: '2024-10-02' }, '2024-10-01')).toBe(true);
  });

  it('a local plan may stretch the band to 27 (seed 003); nonsense bands are refused', () => {
    expect(valtOnderJikp({ ...pro, laatsteTeldatumOnder23: geboren('1998-10-02') }, '2024-10-01', leeftijdsband(16, 27))).toBe(true);
    expect(() => leeftijdsband(18, 16)).toThrow(expect.objectContaining({ code: 'jikp.ongeldige-leeftijdsband' }));
  });

  it('the peildatum is a 1 October, the day the age fact answers exactly; unknown age is outside the band', () => {
    expect(() => valtOnderJikp(pro, '2024-09-30')).toThrow(expect.objectContaining({ code: 'jikp.peildatum-geen-teldatum' }));
    expect(valtOnderJikp({ ...pro, laatsteTeldatumOnder23: null }, '2024-10-01')).toBe(false);
  });
});
