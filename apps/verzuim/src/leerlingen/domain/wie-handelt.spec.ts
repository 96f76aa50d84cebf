import { wieHandelt } from './wie-handelt';

describe('wieHandelt (libs/domain-nl plichten)', () => {
  const zestienInJuli = { geboortedatum: '2010-07-15' };

  it('the last day of the school year in which the student turns 16 is still leerplicht; then kwalificatieplicht', () => {
    expect(wieHandelt(zestienInJuli, '2026-07-31')).toEqual({ verantwoordelijke: 'leerplicht', ontvanger: 'leerplichtambtenaar' });
    expect(wieHandelt(zestienInJuli, '2026-08-01')).toEqual({ verantwoordelijke: 'kwalificatieplicht', ontvanger: 'leerplichtambtenaar' });
  });

  it('from 18 without startkwalificatie the RMC, until 23', () => {
    expect(wieHandelt(zestienInJuli, '2028-07-14').ontvanger).toBe('leerplichtambtenaar');
    expect(wieHandelt(zestienInJuli, '2028-07-15')).toEqual({ verantwoordelijke: 'rmc', ontvanger: 'rmc' });
    expect(wieHandelt(zestienInJuli, '2033-07-15')).toEqual({ verantwoordelijke: 'geen', ontvanger: null });
  });

  it('a startkwalificatie counts from the day it was obtained', () => {
    const metDiploma = { ...zestienInJuli, startkwalificatieOp: '2027-07-01' };
    expect(wieHandelt(metDiploma, '2027-06-30').verantwoordelijke).toBe('kwalificatieplicht');
    expect(wieHandelt(metDiploma, '2027-07-01')).toEqual({ verantwoordelijke: 'geen', ontvanger: null });
  });

  it('exempt from kwalificatieplicht: the RMC right after leerplicht', () => {
    expect(wieHandelt({ ...zestienInJuli, vrijgesteldVanKwalificatieplicht: true }, '2026-08-01')).toEqual({
      verantwoordelijke: 'rmc',
      ontvanger: 'rmc',
    });
  });
});
