import { samenvoegingen } from './casussen-samenvoegen';

const casus = (id: string, rmcRegio: string, jongereId: string, geopendOp: string) => ({ id, rmcRegio, jongereId, geopendOp: new Date(geopendOp) });

describe('samenvoegingen (two open cases of one person in one region)', () => {
  it('keeps the case opened first and closes the other, per region; a region with one case needs nothing', () => {
    expect(
      samenvoegingen(
        [
          casus('c1', 'MC03', 'van', '2027-10-01T10:00:00Z'),
          casus('c2', 'MC03', 'naar', '2027-09-01T10:00:00Z'),
          casus('c3', 'MC07', 'van', '2027-08-01T10:00:00Z'),
          casus('c4', 'MC07', 'naar', '2027-09-01T10:00:00Z'),
          casus('c5', 'MC21', 'van', '2027-09-01T10:00:00Z'),
        ],
        'van',
        'naar',
      ),
    ).toEqual([
      { rmcRegio: 'MC03', blijft: 'c2', dubbel: 'c1' },
      { rmcRegio: 'MC07', blijft: 'c3', dubbel: 'c4' },
    ]);
  });

  it('breaks a tie on the moment of opening by id, so every replica decides the same', () => {
    const zelfde = '2027-10-01T10:00:00Z';
    expect(samenvoegingen([casus('b', 'MC03', 'van', zelfde), casus('a', 'MC03', 'naar', zelfde)], 'van', 'naar')).toEqual([
      { rmcRegio: 'MC03', blijft: 'a', dubbel: 'b' },
    ]);
  });
});
