import { AANMELDING_STATUSSEN } from '@sluitend/contracts';
import { AANMELDING_OVERGANGEN, isLevend, magOvergaan } from './aanmelding-status';

describe('aanmelding statuses', () => {
  it('follow the legal path aangemeld → onderwijsovereenkomst aangeboden → ingeschreven', () => {
    expect(magOvergaan('aangemeld', 'onderwijsovereenkomst-aangeboden')).toBe(true);
    expect(magOvergaan('onderwijsovereenkomst-aangeboden', 'ingeschreven')).toBe(true);
  });

  it('allow nothing after an end state and no skipping to ingeschreven', () => {
    for (const end of ['ingeschreven', 'afgewezen', 'leidt-niet-tot-inschrijving', 'ingetrokken'] as const) {
      expect(AANMELDING_OVERGANGEN[end]).toEqual([]);
    }
    expect(magOvergaan('aangemeld', 'ingeschreven')).toBe(false);
    expect(magOvergaan('ingetrokken', 'aangemeld')).toBe(false);
  });

  it('cover every status and only known ones', () => {
    expect(Object.keys(AANMELDING_OVERGANGEN).sort()).toEqual([...AANMELDING_STATUSSEN].sort());
    for (const next of Object.values(AANMELDING_OVERGANGEN).flat()) expect(AANMELDING_STATUSSEN).toContain(next);
  });

  it('call an aanmelding levend until it ends without inschrijving', () => {
    expect(isLevend('toegelaten')).toBe(true);
    expect(isLevend('ingeschreven')).toBe(true);
    expect(isLevend('afgewezen')).toBe(false);
    expect(isLevend('ingetrokken')).toBe(false);
  });
});
