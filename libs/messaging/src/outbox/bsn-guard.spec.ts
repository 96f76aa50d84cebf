import { assertNoBsn } from './bsn-guard';

describe('assertNoBsn', () => {
  it('refuses a BSN anywhere in the envelope, also written with separators or as a number', () => {
    expect(() => assertNoBsn({ payload: { leerling: '999999990' } }, 't')).toThrow('payload.leerling');
    expect(() => assertNoBsn({ payload: { nummers: ['x', '9999.99.990'] } }, 't')).toThrow('payload.nummers[1]');
    expect(() => assertNoBsn({ payload: { n: '999 999 990' } }, 't')).toThrow('payload.n');
    expect(() => assertNoBsn({ payload: { n: 999999990 } }, 't')).toThrow('payload.n');
  });

  it('lets through ids, hashes and numbers that are no BSN', () => {
    const envelope = {
      id: '123e4567-e89b-12d3-a456-426614174000',
      jongereId: 'abc999999990def_999999990-xyz0123456789abcdefghij',
      payload: { leerjaar: 4, nietElfproef: '123456789', tekst: 'leerling 999999990 belde', schooljaar: '2024-2025' },
      context: { schooljaar: '2016-2017', datum: '2025-10-01' },
    };
    expect(() => assertNoBsn(envelope, 't')).not.toThrow();
  });
});
