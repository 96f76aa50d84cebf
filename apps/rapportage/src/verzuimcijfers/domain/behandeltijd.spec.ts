import {
  dagenKlasse,
  dagenTotAfgesloten,
  dagenTotInBehandeling,
  Levensloop,
  statusIndex,
  totAfgeslotenKolom,
  totInBehandelingKolom,
} from './behandeltijd';
import { meldingcijfers, publiceerMeldingcijfers } from './meldingcijfers';
import { STANDAARD_BELEID } from '../../onthulling/domain/onthullingsbeleid';

const op = (instant: string) => Date.parse(instant);
const melding = (l: Partial<Levensloop> = {}): Levensloop => ({
  geregistreerdMs: op('2025-10-06T15:00:00+02:00'),
  inBehandelingMs: null,
  afgeslotenMs: null,
  terKennisgevingMs: null,
  ingetrokken: false,
  ...l,
});

describe('time to handling: classes in calendar days (Europe/Amsterdam)', () => {
  it('puts the edges of each class where they belong', () => {
    expect([0, 2, 3, 7, 8, 14, 15, 28, 29, 400].map(dagenKlasse)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('counts local calendar days: 23:30 the same evening is day 0, 00:30 the next night day 1, across the DST change too', () => {
    const m = (instant: string) => dagenTotInBehandeling(melding({ inBehandelingMs: op(instant) }));
    expect(m('2025-10-06T23:30:00+02:00')).toBe(0);
    expect(m('2025-10-07T00:30:00+02:00')).toBe(1);
    // 26 October 2025: summer time ends (+02:00 → +01:00); 3 November is 28 local days after 6 October.
    expect(m('2025-11-03T00:10:00+01:00')).toBe(28);
    expect(dagenKlasse(m('2025-11-03T00:10:00+01:00') as number)).toBe(3);
    expect(dagenKlasse(m('2025-11-04T00:10:00+01:00') as number)).toBe(4);
  });

  it('gives each melding exactly one column: a class, still waiting, or ended another way', () => {
    const geregistreerd = melding();
    const inBehandeling = melding({ inBehandelingMs: op('2025-10-10T09:00:00+02:00') });
    const afgesloten = melding({ inBehandelingMs: op('2025-10-07T09:00:00+02:00'), afgeslotenMs: op('2025-11-20T09:00:00+01:00') });
    const tkaDirect = melding({ terKennisgevingMs: op('2025-10-06T16:00:00+02:00') });
    const ingetrokken = melding({ ingetrokken: true });
    expect([geregistreerd, inBehandeling, afgesloten, tkaDirect, ingetrokken].map(statusIndex)).toEqual([0, 1, 2, 3, 4]);
    expect([geregistreerd, inBehandeling, afgesloten, tkaDirect, ingetrokken].map(totInBehandelingKolom)).toEqual([5, 1, 0, 6, 6]);
    expect([geregistreerd, inBehandeling, afgesloten, tkaDirect, ingetrokken].map(totAfgeslotenKolom)).toEqual([5, 5, 4, 6, 6]);
    expect(dagenTotAfgesloten(afgesloten)).toBe(45);
    expect(dagenTotAfgesloten(tkaDirect)).toBeNull();
  });
});

describe('verzuim figures: medians and what leaves the organisation', () => {
  const twaalf = Array.from({ length: 12 }, (_, i) =>
    Object.assign(melding({ inBehandelingMs: op('2025-10-06T15:00:00+02:00') + i * 86_400_000 }), {
      soort: 'zestien-uur' as const,
      brin: '07NU',
      woongemeente: 'GM0363',
    }),
  );
  const luxe = [
    Object.assign(melding({ inBehandelingMs: op('2025-10-08T09:00:00+02:00') }), { soort: 'luxe' as const, brin: '07NU', woongemeente: 'GM0014' }),
  ];
  const cijfers = meldingcijfers([...twaalf, ...luxe]);

  it('median and p90 (nearest rank) per kind and over all kinds', () => {
    const intern = publiceerMeldingcijfers(cijfers, null);
    // 16 uur: 0…11 days → median 5 (6th of 12), p90 10 (11th of 12); luxe: 2; all: 0,1,2,2,3,…,11 → median 5, p90 10.
    expect(intern.mediaan[0].totInBehandeling).toMatchObject({ mediaan: 5, p90: 10 });
    expect(intern.mediaan[2].totInBehandeling).toMatchObject({ mediaan: 2, p90: 2 });
    expect(intern.mediaan[5]).toMatchObject({ soort: 'alle soorten', totInBehandeling: { mediaan: 5, p90: 10 }, totAfgesloten: { mediaan: null } });
    expect(intern.perSchoolEnStatus?.cellen).toEqual([[0, 13, 0, 0, 0]]);
  });

  it('outside: small cells suppressed in the tables that share the totals per kind, a median of one withheld, status per school/gemeente left out', () => {
    const extern = publiceerMeldingcijfers(cijfers, STANDAARD_BELEID);
    expect(extern.mediaan[2].totInBehandeling.mediaan).toBeNull();
    expect(extern.mediaan[0].totInBehandeling.mediaan).toBe(5);
    expect(extern.perSoortEnStatus.rijtotalen[2]).toBeNull();
    expect(extern.totInBehandeling.rijtotalen[2]).toBeNull();
    expect(extern.perGemeenteEnStatus).toBeNull();
    expect(extern.perSchoolEnStatus).toBeNull();
  });
});
