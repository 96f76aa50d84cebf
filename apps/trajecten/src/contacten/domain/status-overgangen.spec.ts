import { heraanpakTimers, rustSinds } from './heraanpak';
import { statusOvergangen } from './status-overgangen';

describe("a case's history as status transitions", () => {
  it('keeps the lines that set a status, in order; a decline after contact starts the rest and its timers', () => {
    const op = (dag: number) => new Date(Date.UTC(2027, 0, dag, 9));
    const overgangen = statusOvergangen([
      { naarStatus: 'aangemeld', op: op(1) },
      { naarStatus: null, op: op(2) },
      { naarStatus: 'in-contact', op: op(3) },
      { naarStatus: 'afgewezen', op: op(4) },
      { naarStatus: null, op: op(5) },
    ]);
    expect(overgangen.map((o) => o.naar)).toEqual(['aangemeld', 'in-contact', 'afgewezen']);
    expect(rustSinds(overgangen)).toEqual(op(4));
    expect(heraanpakTimers(overgangen).map((t) => t.volgnummer)).toEqual([1, 2]);
  });
});
