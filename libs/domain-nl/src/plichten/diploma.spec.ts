import { Diploma, diplomaSchema, heeftStartkwalificatie, isStartkwalificatie } from './diploma';

describe('startkwalificatie', () => {
  it.each<[Diploma, boolean]>([
    [{ soort: 'havo' }, true],
    [{ soort: 'vwo' }, true],
    [{ soort: 'mbo', niveau: 2 }, true],
    [{ soort: 'mbo', niveau: 3 }, true],
    [{ soort: 'mbo', niveau: 4 }, true],
    [{ soort: 'mbo', niveau: 1 }, false],
    [{ soort: 'vmbo' }, false],
    [{ soort: 'pro' }, false],
    [{ soort: 'vso' }, false],
  ])('%o → %s', (diploma, verwacht) => {
    expect(isStartkwalificatie(diploma)).toBe(verwacht);
  });

  it('any diploma in a list', () => {
    expect(heeftStartkwalificatie([{ soort: 'vmbo' }, { soort: 'mbo', niveau: 2 }])).toBe(true);
    expect(heeftStartkwalificatie([{ soort: 'vmbo' }, { soort: 'mbo', niveau: 1 }])).toBe(false);
    expect(heeftStartkwalificatie([])).toBe(false);
  });

  it('schema', () => {
    expect(diplomaSchema.parse({ soort: 'mbo', niveau: 2 })).toEqual({ soort: 'mbo', niveau: 2 });
    expect(diplomaSchema.safeParse({ soort: 'mbo', niveau: 5 }).success).toBe(false);
    expect(diplomaSchema.safeParse({ soort: 'mbo' }).success).toBe(false);
    expect(diplomaSchema.safeParse({ soort: 'hbo' }).success).toBe(false);
  });
});
