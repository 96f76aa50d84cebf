import { isHerhaaldGezien, magOvergaan, toegestaneActies } from './alert-overgang';

describe('alert lifecycle', () => {
  it('goes nieuw → gezien → opgepakt → afgehandeld', () => {
    expect(magOvergaan('nieuw', 'gezien')).toBe(true);
    expect(magOvergaan('gezien', 'opgepakt')).toBe(true);
    expect(magOvergaan('opgepakt', 'afgehandeld')).toBe(true);
  });

  it('may pick up without gezien and reassign, never close before picking up or reopen', () => {
    expect(magOvergaan('nieuw', 'opgepakt')).toBe(true);
    expect(magOvergaan('opgepakt', 'opgepakt')).toBe(true);
    expect(magOvergaan('nieuw', 'afgehandeld')).toBe(false);
    expect(magOvergaan('gezien', 'afgehandeld')).toBe(false);
    expect(toegestaneActies('afgehandeld')).toEqual([]);
  });

  it('treats a repeated gezien as no change', () => {
    expect(isHerhaaldGezien('gezien', 'gezien')).toBe(true);
    expect(isHerhaaldGezien('afgehandeld', 'gezien')).toBe(true);
    expect(isHerhaaldGezien('nieuw', 'gezien')).toBe(false);
  });
});
