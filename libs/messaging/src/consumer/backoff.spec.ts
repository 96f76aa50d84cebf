import { backoffDelay } from './backoff';

describe('backoffDelay', () => {
  it('starts at the initial delay before the second attempt and quadruples', () => {
    expect([2, 3, 4].map((attempt) => backoffDelay(attempt, 100))).toEqual([100, 400, 1600]);
  });

  it('is capped', () => {
    expect(backoffDelay(10, 100, 5000)).toBe(5000);
  });
});
