import { besluitHandmatigOpenen, besluitVanuitAlert, casusBesluit } from './een-open-casus';
import { CASUS_STATUSSEN, isOpen } from './casus-status';

describe('one open case per person per region', () => {
  it('attaches to an open case in any open status, whatever the rule or the age', () => {
    for (const status of CASUS_STATUSSEN.filter(isOpen)) {
      for (const opent of [true, false]) {
        for (const inDoelgroep of [true, false]) expect(casusBesluit({ casusId: 'c1', status }, opent, inDoelgroep)).toBe('koppelen');
      }
    }
  });

  it('without an open case: opens, keeps only the signal, or stays out of the target group', () => {
    expect(casusBesluit(undefined, true, true)).toBe('openen');
    expect(casusBesluit(undefined, false, true)).toBe('alleen-signaal');
    expect(casusBesluit(undefined, true, false)).toBe('buiten-doelgroep');
  });

  it('a second open case for the same person and region is refused when opened by hand', () => {
    expect(besluitHandmatigOpenen(undefined)).toBe('openen');
    expect(() => besluitHandmatigOpenen({ casusId: 'c1', status: 'traject' })).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'casus.al-open', details: { casusId: 'c1' } }),
    );
  });

  it('from an inbox alert: opens, or attaches the alert to the open case', () => {
    expect(besluitVanuitAlert(undefined)).toBe('openen');
    expect(besluitVanuitAlert({ casusId: 'c1', status: 'afgewezen' })).toBe('koppelen');
  });
});
