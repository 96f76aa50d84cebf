import { tijdigheidVanCasus } from '../../uitkomsten/domain/tijdigheid';
import { casusTijdlijn } from './casus-tijdlijn';

describe('the moments a case is timed by', () => {
  const dag = (n: number) => new Date(Date.UTC(2027, 0, n, 9));

  it('first contact and intake are the first steps into in-contact and screening, counted from the opening', () => {
    const tijdlijn = casusTijdlijn(dag(1), [
      { naarStatus: 'aangemeld', op: dag(1) },
      { naarStatus: null, op: dag(2) },
      { naarStatus: 'in-contact', op: dag(20) },
      { naarStatus: 'afgewezen', op: dag(21) },
      { naarStatus: 'in-contact', op: dag(25) },
      { naarStatus: 'screening', op: dag(31) },
    ]);
    expect(tijdlijn).toEqual({ gemeldOp: dag(1), eersteContactOp: dag(20), intakeOp: dag(31) });
    expect(tijdigheidVanCasus(tijdlijn, dag(40))).toEqual({ eersteContact: 'minder-dan-4-weken', intake: '4-tot-en-met-6-weken' });
  });

  it('not reached yet: nog-niet, until six weeks have passed', () => {
    const tijdlijn = casusTijdlijn(dag(1), [{ naarStatus: 'aangemeld', op: dag(1) }]);
    expect(tijdlijn.eersteContactOp).toBeUndefined();
    expect(tijdigheidVanCasus(tijdlijn, dag(30))).toEqual({ eersteContact: 'nog-niet', intake: 'nog-niet' });
    expect(tijdigheidVanCasus(tijdlijn, dag(50))).toEqual({ eersteContact: 'meer-dan-6-weken', intake: 'meer-dan-6-weken' });
  });
});
