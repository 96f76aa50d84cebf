import { runsOf } from './runs-of';

describe('runsOf', () => {
  it('groups consecutive items of one batch key and keeps everything in order', () => {
    const items = ['a1', 'a2', 'x1', 'a3', 'b1', 'b2', 'x2', 'x3'];
    const key = (item: string) => (item.startsWith('x') ? null : item[0]);
    expect(runsOf(items, key)).toEqual([['a1', 'a2'], ['x1'], ['a3'], ['b1', 'b2'], ['x2'], ['x3']]);
  });

  it('returns no runs for no items', () => {
    expect(runsOf([], () => 'a')).toEqual([]);
  });
});
