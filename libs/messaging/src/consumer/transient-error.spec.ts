import { isTransientError } from './transient-error';

const withCode = (code: string) => Object.assign(new Error('x'), { code });

describe('isTransientError', () => {
  it('recognises unavailable databases, lost races and network failures', () => {
    for (const code of ['08006', '53300', '57P01', '40001', '40P01']) expect(isTransientError(withCode(code))).toBe(true);
    expect(isTransientError(new Error('connect ECONNREFUSED 127.0.0.1:5432'))).toBe(true);
    expect(isTransientError(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('leaves errors about the event itself to the dead-letter path', () => {
    expect(isTransientError(withCode('23505'))).toBe(false);
    expect(isTransientError(withCode('22P02'))).toBe(false);
    expect(isTransientError(new Error('handler weigert school 99ZZ'))).toBe(false);
    expect(isTransientError('nope')).toBe(false);
  });
});
