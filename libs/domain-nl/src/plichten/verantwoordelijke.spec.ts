import { verantwoordelijke } from './verantwoordelijke';

describe('verantwoordelijke', () => {
  const geboren = '2010-07-15';

  it.each([
    ['2015-07-31', 'geen'], // 5 but leerplicht starts next month
    ['2015-08-01', 'leerplicht'],
    ['2026-07-15', 'leerplicht'], // 16th birthday
    ['2026-07-31', 'leerplicht'],
    ['2026-08-01', 'kwalificatieplicht'],
    ['2028-07-14', 'kwalificatieplicht'],
    ['2028-07-15', 'rmc'], // 18th birthday
    ['2033-07-14', 'rmc'],
    ['2033-07-15', 'geen'], // 23rd birthday
  ])('without startkwalificatie on %s: %s', (peildatum, verwacht) => {
    expect(verantwoordelijke(geboren, peildatum, false)).toBe(verwacht);
  });

  it('with startkwalificatie: leerplicht still runs to its end, then nobody', () => {
    expect(verantwoordelijke(geboren, '2026-07-31', true)).toBe('leerplicht');
    expect(verantwoordelijke(geboren, '2026-08-01', true)).toBe('geen');
    expect(verantwoordelijke(geboren, '2029-01-01', true)).toBe('geen');
  });

  it('exempt from kwalificatieplicht (pro/vso arbeid or dagbesteding): the RMC', () => {
    expect(verantwoordelijke(geboren, '2026-08-01', false, { vrijgesteldVanKwalificatieplicht: true })).toBe('rmc');
  });

  it('16th birthday in August: one more year of leerplicht', () => {
    expect(verantwoordelijke('2010-08-01', '2026-08-01', false)).toBe('leerplicht');
    expect(verantwoordelijke('2010-08-01', '2027-08-01', false)).toBe('kwalificatieplicht');
    expect(verantwoordelijke('2010-08-01', '2028-08-01', false)).toBe('rmc');
  });

  it('before birth: geen', () => {
    expect(verantwoordelijke(geboren, '2010-01-01', false)).toBe('geen');
  });
});
