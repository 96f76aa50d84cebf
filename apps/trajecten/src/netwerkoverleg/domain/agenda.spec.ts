import { AgendaKandidaat, agendaSluiting, agendaVoorOverleg } from './agenda';

const k = (casusId: string, geagendeerdOp: string, extra: Partial<AgendaKandidaat> = {}): AgendaKandidaat => ({
  casusId,
  rmcRegio: 'MC03',
  status: 'netwerkoverleg',
  geagendeerdOp: new Date(geagendeerdOp),
  ...extra,
});

describe('the list for a netwerkoverleg', () => {
  it('closes at the end of the working day before the meeting — Koningsdag skipped', () => {
    // Meeting Tuesday 28 April 2026; Monday 27 April is Koningsdag, so the list closes Friday 24 April 23:59:59.999.
    expect(agendaSluiting('2026-04-28')).toEqual(new Date('2026-04-24T23:59:59.999+02:00'));
    expect(agendaSluiting('2026-04-28', { sluitingWerkdagen: 0 })).toEqual(new Date('2026-04-28T00:00:00+02:00'));
    expect(() => agendaSluiting('2026-04-28', { sluitingWerkdagen: 11 })).toThrow(
      expect.objectContaining({ code: 'netwerkoverleg.instellingen-ongeldig' }),
    );
  });

  it("selects the region's waiting cases put on the list in time, longest waiting first", () => {
    const kandidaten = [
      k('c-laat', '2026-04-25T10:00:00+02:00'),
      k('c-b', '2026-04-20T10:00:00+02:00'),
      k('c-a', '2026-04-20T10:00:00+02:00'),
      k('c-oud', '2026-04-01T10:00:00+02:00'),
      k('c-andere-regio', '2026-04-01T10:00:00+02:00', { rmcRegio: 'MC07' }),
      k('c-traject', '2026-04-01T10:00:00+02:00', { status: 'traject' }),
      k('c-besproken', '2026-04-01T10:00:00+02:00', { laatstBesprokenOp: new Date('2026-04-14T15:00:00+02:00') }),
      k('c-opnieuw', '2026-04-15T10:00:00+02:00', { laatstBesprokenOp: new Date('2026-04-14T15:00:00+02:00') }),
    ];
    expect(agendaVoorOverleg(kandidaten, { rmcRegio: 'MC03', datum: '2026-04-28' }).map((x) => x.casusId)).toEqual([
      'c-oud',
      'c-opnieuw',
      'c-a',
      'c-b',
    ]);
  });
});
