import { Vsvfeit } from './vsv-feit';
import { vsvNiveau } from './vsv-niveau';
import { vsvStatus } from './vsv-status';

const feit = (over: Partial<Vsvfeit> = {}): Vsvfeit => ({
  jongereId: 'j1',
  geboortedatum: '2006-03-15',
  opTeldatum: { onderwijs: { soort: 'mbo', niveau: 2 }, brin: '25LH', woongemeente: 'GM0363', rmcRegio: 'MC22' },
  ingeschrevenOpVolgendeTeldatum: false,
  startkwalificatieOp: null,
  ...over,
});

describe('vsvStatus (school year 2024-2025: 1 Oct 2024 → 1 Oct 2025)', () => {
  it('enrolled on 1 October t, enrolled nowhere on 1 October t+1, no startkwalificatie: vsv', () => {
    expect(vsvStatus(feit(), '2024-2025')).toBe('vsv');
    expect(vsvStatus(feit({ ingeschrevenOpVolgendeTeldatum: true }), '2024-2025')).toBe('geen-vsv');
  });

  it('a startkwalificatie by 1 October t+1 (inclusive) is no vsv; one after it does not help', () => {
    expect(vsvStatus(feit({ startkwalificatieOp: '2025-10-01' }), '2024-2025')).toBe('geen-vsv');
    expect(vsvStatus(feit({ startkwalificatieOp: '2025-10-02' }), '2024-2025')).toBe('vsv');
  });

  it('a fact with a malformed date is refused, naming the field', () => {
    expect(() => vsvStatus(feit({ startkwalificatieOp: '30-06-2025' }), '2024-2025')).toThrow(
      expect.objectContaining({ code: 'vsv.ongeldig-feit', issues: [expect.objectContaining({ field: 'startkwalificatieOp' })] }),
    );
  });

  it('not enrolled on 1 October t: outside the count', () => {
    expect(vsvStatus(feit({ opTeldatum: null }), '2024-2025')).toBe('buiten-telling');
  });

  it('23 on 1 October t+1 is outside; 22 is in (OCW: younger than 22 on 1 October t)', () => {
    expect(vsvStatus(feit({ geboortedatum: '2002-10-01' }), '2024-2025')).toBe('buiten-telling');
    expect(vsvStatus(feit({ geboortedatum: '2002-10-02' }), '2024-2025')).toBe('vsv');
  });

  it('levels left out by the region are outside the count', () => {
    const pro = feit({
      opTeldatum: { onderwijs: { soort: 'vo', onderwijstype: 'pro', leerjaar: 4 }, brin: '12AB', woongemeente: 'GM0363', rmcRegio: 'MC22' },
    });
    expect(vsvStatus(pro, '2024-2025')).toBe('vsv');
    expect(vsvStatus(pro, '2024-2025', { niveaus: ['mbo-2', 'vmbo-bovenbouw'] })).toBe('buiten-telling');
  });
});

describe('vsvNiveau', () => {
  it.each([
    [{ soort: 'vo', onderwijstype: 'vmbo-bb', leerjaar: 2 }, 'vo-onderbouw'],
    [{ soort: 'vo', onderwijstype: 'vmbo-tl', leerjaar: 3 }, 'vmbo-bovenbouw'],
    [{ soort: 'vo', onderwijstype: 'havo', leerjaar: 3 }, 'vo-onderbouw'],
    [{ soort: 'vo', onderwijstype: 'vwo', leerjaar: 4 }, 'havo-vwo-bovenbouw'],
    [{ soort: 'vo', onderwijstype: 'vso', leerjaar: 1 }, 'vso'],
    [{ soort: 'mbo', niveau: 1 }, 'mbo-1'],
    [{ soort: 'vavo' }, 'vavo'],
  ] as const)('%o → %s', (onderwijs, niveau) => {
    expect(vsvNiveau(onderwijs)).toBe(niveau);
  });
});
