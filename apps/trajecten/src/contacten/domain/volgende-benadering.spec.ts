import { ContactPoging, ContactSoort } from './contactpoging';
import { volgendeBenadering } from './volgende-benadering';

const niet = (soort: ContactSoort): ContactPoging => ({ soort, bereikt: false, door: 'tb', op: new Date('2026-03-01T10:00:00Z') });

describe('the eropaf ladder', () => {
  it('starts with a letter, then phone, home visit, tracing, then unreachable', () => {
    expect(volgendeBenadering([])).toBe('brief');
    expect(volgendeBenadering([niet('email')])).toBe('telefoon');
    expect(volgendeBenadering([niet('brief'), niet('telefoon')])).toBe('huisbezoek');
    expect(volgendeBenadering([niet('brief'), niet('huisbezoek')])).toBe('opsporing');
    expect(volgendeBenadering([niet('opsporing')])).toBe('onbereikbaar-melden');
  });

  it('stops once the young person is reached', () => {
    expect(volgendeBenadering([niet('brief'), { ...niet('telefoon'), bereikt: true }])).toBeNull();
  });
});
