import { rapport, vergelijk } from './vergelijking';

describe('vergelijk (live projection against its rebuild)', () => {
  const live = [
    { tabel: 'a', rijen: 3, checksum: 'x' },
    { tabel: 'b', rijen: 2, checksum: 'y' },
  ];

  it('is equal only when every table has the same row count and checksum', () => {
    expect(vergelijk(live, [...live].reverse()).gelijk).toBe(true);
    expect(vergelijk(live, [live[0], { tabel: 'b', rijen: 2, checksum: 'z' }]).tabellen.map((t) => t.gelijk)).toEqual([true, false]);
    expect(vergelijk(live, [live[0], { tabel: 'b', rijen: 3, checksum: 'y' }]).gelijk).toBe(false);
  });

  it('treats a table missing from the rebuild as different, and says so in the report', () => {
    const vergelijking = vergelijk(live, [live[0]]);
    expect(vergelijking.gelijk).toBe(false);
    const regels = rapport(vergelijking, [{ tabel: 'b', alleenLive: 2, alleenHerbouw: 0, voorbeelden: ['live 1 2'] }]);
    expect(regels.at(-2)).toBe('b: 2 rij(en) alleen live, 0 alleen in de herbouw; bijv. live 1 2');
    expect(regels.at(-1)).toMatch(/^VERSCHILLEND/);
    expect(regels[2]).toMatch(/^b\s+2\s+0\s+y\s+\(ontbreekt\)\s+VERSCHILLEND$/);
  });
});
