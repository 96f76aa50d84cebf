import { tijdigheidKlasse, tijdigheidVanCasus } from './tijdigheid';

/** 10:00 on an Amsterdam day in March–April 2026 (CET before 29 March, CEST from then). */
const om10 = (datum: string) => new Date(`${datum}T10:00:00${datum < '2026-03-29' ? '+01:00' : '+02:00'}`);

describe('tijdigheid (< 4, 4–6, > 6 weeks)', () => {
  const gemeld = om10('2026-03-02');

  it('a day short of 4 weeks is under 4 weeks', () => {
    expect(tijdigheidKlasse(gemeld, om10('2026-03-29'))).toBe('minder-dan-4-weken');
  });

  it('exactly 4 weeks is 4–6 weeks, even when summer time began in between and the hour is earlier', () => {
    expect(tijdigheidKlasse(gemeld, om10('2026-03-30'))).toBe('4-tot-en-met-6-weken');
    expect(tijdigheidKlasse(gemeld, new Date('2026-03-30T00:05:00+02:00'))).toBe('4-tot-en-met-6-weken');
  });

  it('exactly 6 weeks is still 4–6 weeks; a day more is over 6 weeks', () => {
    expect(tijdigheidKlasse(gemeld, om10('2026-04-13'))).toBe('4-tot-en-met-6-weken');
    expect(tijdigheidKlasse(gemeld, om10('2026-04-14'))).toBe('meer-dan-6-weken');
  });

  it('a contact before the report counts as under 4 weeks', () => {
    expect(tijdigheidKlasse(gemeld, om10('2026-02-20'))).toBe('minder-dan-4-weken');
  });

  it('for a case: classes once the moments are there, nog-niet before, and over 6 weeks as soon as that is certain', () => {
    expect(tijdigheidVanCasus({ gemeldOp: gemeld, eersteContactOp: om10('2026-03-10') }, om10('2026-04-01'))).toEqual({
      eersteContact: 'minder-dan-4-weken',
      intake: 'nog-niet',
    });
    expect(tijdigheidVanCasus({ gemeldOp: gemeld, eersteContactOp: om10('2026-03-10') }, om10('2026-04-14'))).toEqual({
      eersteContact: 'minder-dan-4-weken',
      intake: 'meer-dan-6-weken',
    });
    expect(tijdigheidVanCasus({ gemeldOp: gemeld, eersteContactOp: om10('2026-03-10'), intakeOp: om10('2026-04-13') }, om10('2026-06-01'))).toEqual({
      eersteContact: 'minder-dan-4-weken',
      intake: '4-tot-en-met-6-weken',
    });
  });
});
