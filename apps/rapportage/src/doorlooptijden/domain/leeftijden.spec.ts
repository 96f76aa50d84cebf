import { isMinstens, leeftijdOp } from '@sluitend/domain-nl';
import fc from 'fast-check';
import { LeeftijdenOp } from './leeftijden';

describe('LeeftijdenOp', () => {
  it("agrees with domain-nl's leeftijdOp and isMinstens, 29 February included (property)", () => {
    const datum = fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const schrikkel = fc.constantFrom('2004-02-29', '2008-02-29', '2000-02-29');
    fc.assert(
      fc.property(fc.oneof(datum, schrikkel), datum, fc.integer({ min: 0, max: 30 }), (geboren, peil, jaren) => {
        const leeftijden = new LeeftijdenOp(peil);
        expect(leeftijden.isMinstens(geboren, jaren)).toBe(isMinstens(geboren, peil, jaren));
        if (geboren <= peil) expect(leeftijden.van(geboren)).toBe(leeftijdOp(geboren, peil));
        else expect(leeftijden.van(geboren)).toBe(-1);
      }),
      { numRuns: 2000 },
    );
  });
});
