import { percentage } from './verhouding';

describe('percentage', () => {
  it('rounds to one decimal by default', () => {
    expect(percentage(1, 3)).toBe(33.3);
    expect(percentage(2, 3)).toBe(66.7);
    expect(percentage(7, 7)).toBe(100);
    expect(percentage(1, 8, 2)).toBe(12.5);
  });

  it('is hidden with a hidden count and undefined without a denominator', () => {
    expect(percentage(null, 30)).toBeNull();
    expect(percentage(5, null)).toBeNull();
    expect(percentage(0, 0)).toBeNull();
  });
});
