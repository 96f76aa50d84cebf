import { binnenBestand, koppelBesluit } from './koppeling-regel';

describe('koppelBesluit (one onderwijsnummer, one BSN)', () => {
  it('links an unknown onderwijsnummer, ignores the same pair again and refuses another BSN', () => {
    expect(koppelBesluit(undefined, { van: 'o', naar: 'b' })).toBe('nieuw');
    expect(koppelBesluit({ van: 'o', naar: 'b' }, { van: 'o', naar: 'b' })).toBe('al-bekend');
    expect(koppelBesluit({ van: 'o', naar: 'b' }, { van: 'o', naar: 'c' })).toBe('ander-bsn');
  });
});

describe('binnenBestand', () => {
  it('keeps each pair once, allows two onderwijsnummers for one BSN and names the later line of a second BSN', () => {
    const { uniek, conflicten } = binnenBestand([
      { regel: 2, koppeling: { van: 'o1', naar: 'b1' } },
      { regel: 3, koppeling: { van: 'o1', naar: 'b1' } },
      { regel: 4, koppeling: { van: 'o2', naar: 'b1' } },
      { regel: 5, koppeling: { van: 'o1', naar: 'b2' } },
    ]);
    expect(uniek.map((r) => r.regel)).toEqual([2, 4]);
    expect(conflicten).toEqual([5]);
  });
});
