import { escalatieMoment, moetEscaleren } from './overdracht-escalatie';

describe('escalation of a handover not accepted in time (Dutch working days)', () => {
  it('5 working days by default, skipping Easter Monday', () => {
    // Thursday 2 April 2026 10:00; Fri 3 (1), Mon 6 = Tweede Paasdag, Tue 7 (2) … Fri 10 (5).
    expect(escalatieMoment(new Date('2026-04-02T10:00:00+02:00'))).toEqual(new Date('2026-04-10T10:00:00+02:00'));
  });

  it('skips Koningsdag', () => {
    // Thursday 23 April 2026; Fri 24 (1), Mon 27 = Koningsdag, Tue 28 (2) … Fri 1 May (5).
    expect(escalatieMoment(new Date('2026-04-23T16:30:00+02:00'))).toEqual(new Date('2026-05-01T16:30:00+02:00'));
  });

  it("across Easter and Koningsdag with the region's 17 working days", () => {
    // From Thursday 2 April: 15 working days to Friday 24 April (Easter Monday skipped), Koningsdag skipped, Wed 29 April.
    expect(escalatieMoment(new Date('2026-04-02T10:00:00+02:00'), 17)).toEqual(new Date('2026-04-29T10:00:00+02:00'));
  });

  it('only a handover still waiting escalates, from its moment on', () => {
    const overdracht = { status: 'voorgesteld', voorgesteldOp: new Date('2026-04-02T10:00:00+02:00') } as const;
    expect(moetEscaleren(overdracht, new Date('2026-04-10T09:59:59+02:00'))).toBe(false);
    expect(moetEscaleren(overdracht, new Date('2026-04-10T10:00:00+02:00'))).toBe(true);
    expect(moetEscaleren({ ...overdracht, status: 'geaccepteerd' }, new Date('2026-05-01T10:00:00+02:00'))).toBe(false);
  });

  it('the term is 1 to 20 working days', () => {
    expect(() => escalatieMoment(new Date('2026-04-02T10:00:00+02:00'), 0)).toThrow(expect.objectContaining({ code: 'overdracht.termijn-ongeldig' }));
  });
});
