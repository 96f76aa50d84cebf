import { randomUUID } from 'node:crypto';
import { DomainError } from '@sluitend/domain-nl';
import { parsedEvent } from '@sluitend/testing';
import { STANDAARD_BELEID } from '../../onthulling/domain/onthullingsbeleid';
import { publiceerZiekteverzuimcijfers, ziekteverzuimcijfers, ziekteverzuimGrafiek } from './ziekteverzuimcijfers';
import { ziekteverzuimcijfersBereik } from './ziekteverzuimcijfers-bereik';
import { ZiekteverzuimGebeurtenis, ziekteverzuimrijen } from './ziekteverzuimprojectie';

const signaal = (signaalId: string, occurredAt: string) =>
  parsedEvent(
    'verzuim.ziekteverzuim.zorgwekkend',
    {
      signaalId,
      grond: 'zevende-schooldag-ziek',
      datum: '2026-03-10',
      ziekmeldingen: ['2026-03-02'],
      schooljaar: '2025-2026',
      brin: '00AH',
      woongemeente: 'GM0014',
      kalenders: ['00AH'],
    },
    { occurredAt },
  ) as ZiekteverzuimGebeurtenis;
const intrekking = (signaalId: string, reden: 'correctie' | 'samengevoegd', occurredAt: string) =>
  parsedEvent(
    'verzuim.ziekteverzuim.ingetrokken',
    { signaalId, grond: 'zevende-schooldag-ziek', datum: '2026-03-10', brin: '00AH', reden },
    { occurredAt },
  ) as ZiekteverzuimGebeurtenis;

describe('M@ZL projection rows (ziekteverzuimrijen)', () => {
  it('one row per signal, the same in either order and with repeats; the earliest withdrawal keeps its reason', () => {
    const id = randomUUID();
    const events = [
      signaal(id, '2026-03-10T08:00:00.000Z'),
      intrekking(id, 'samengevoegd', '2026-03-12T08:00:00.000Z'),
      intrekking(id, 'correctie', '2026-03-11T08:00:00.000Z'),
    ];
    const verwacht = [
      {
        signaalId: id,
        grond: 'zevende-schooldag-ziek',
        datum: '2026-03-10',
        brin: '00AH',
        schooljaar: '2025-2026',
        woongemeente: 'GM0014',
        gemeldOp: '2026-03-10T08:00:00.000Z',
        ingetrokkenOp: '2026-03-11T08:00:00.000Z',
        intrekkingsreden: 'correctie',
      },
    ];
    expect(ziekteverzuimrijen(events)).toEqual(verwacht);
    expect(ziekteverzuimrijen([...events].reverse())).toEqual(verwacht);
    expect(ziekteverzuimrijen([...events, ...events])).toEqual(verwacht);
  });

  it('a withdrawal alone has no school year or woongemeente (it is not counted until its signal comes)', () => {
    const [rij] = ziekteverzuimrijen([intrekking(randomUUID(), 'correctie', '2026-03-11T08:00:00.000Z')]);
    expect([rij.schooljaar, rij.woongemeente, rij.gemeldOp]).toEqual([null, null, null]);
  });
});

describe('M@ZL figures per school and woongemeente', () => {
  const tellingen = [
    { brin: '00AH', woongemeente: 'GM0014', grond: 'vier-ziekmeldingen-in-twaalf-schoolweken', ingetrokken: false, aantal: 7 },
    { brin: '00AH', woongemeente: 'GM0034', grond: 'zevende-schooldag-ziek', ingetrokken: false, aantal: 2 },
    { brin: '01AB', woongemeente: 'GM0014', grond: 'zevende-schooldag-ziek', ingetrokken: true, aantal: 1 },
    { brin: '01AB', woongemeente: 'GM0014', grond: 'vier-ziekmeldingen-in-twaalf-schoolweken', ingetrokken: false, aantal: 6 },
  ] as const;

  it('columns per grond in force, then withdrawn; both tables count the same signals', () => {
    const cijfers = ziekteverzuimcijfers(tellingen);
    expect(cijfers.perSchool.kolommen).toEqual([
      '4 ziekmeldingen in 12 schoolweken',
      '7e schooldag ziek',
      '4 ziekmeldingen in 12 schoolweken, ingetrokken',
      '7e schooldag ziek, ingetrokken',
    ]);
    expect(cijfers.perSchool.rijen).toEqual(['00AH', '01AB']);
    expect(cijfers.perSchool.cellen).toEqual([
      [7, 2, 0, 0],
      [6, 0, 0, 1],
    ]);
    expect(cijfers.perGemeente.rijen).toEqual(['GM0014', 'GM0034']);
    expect(cijfers.perGemeente.cellen).toEqual([
      [13, 0, 0, 1],
      [0, 2, 0, 0],
    ]);
  });

  it('outside the readers of the signals both tables are suppressed together: a column total hidden in one is hidden in both', () => {
    const gepubliceerd = publiceerZiekteverzuimcijfers(ziekteverzuimcijfers(tellingen), STANDAARD_BELEID);
    expect(gepubliceerd.perSchool.cellen[0][1]).toBeNull();
    expect(gepubliceerd.perGemeente.cellen[1][1]).toBeNull();
    expect(gepubliceerd.perSchool.kolomtotalen.map((w) => w === null)).toEqual(gepubliceerd.perGemeente.kolomtotalen.map((w) => w === null));
    // Whatever is shown is the true count.
    const echt = ziekteverzuimcijfers(tellingen);
    gepubliceerd.perSchool.cellen.forEach((rij, r) => rij.forEach((w, k) => w === null || expect(w).toBe(echt.perSchool.cellen[r][k])));
    gepubliceerd.perGemeente.cellen.forEach((rij, r) => rij.forEach((w, k) => w === null || expect(w).toBe(echt.perGemeente.cellen[r][k])));
    expect(gepubliceerd.perSchool.cellen[0][0]).toBe(7);
    const grafiek = ziekteverzuimGrafiek('2025-2026', 'school', gepubliceerd.perSchool);
    expect(grafiek.as.codes).toEqual(['00AH', '01AB']);
    expect(grafiek.reeksen.map((r) => r.code)).toEqual([
      'vier-ziekmeldingen-in-twaalf-schoolweken',
      'zevende-schooldag-ziek',
      'vier-ziekmeldingen-in-twaalf-schoolweken-ingetrokken',
      'zevende-schooldag-ziek-ingetrokken',
      'totaal',
    ]);
    expect(grafiek.reeksen[1].onderdrukt[0]).toBe(true);
    expect(grafiek.drempel).toBe(5);
  });
});

describe('who counts which M@ZL signals', () => {
  it('a school and the jeugdarts their own unsuppressed; gemeente, RMC and ops suppressed; a partner none', () => {
    expect(ziekteverzuimcijfersBereik({ type: 'vo-school', code: '00AH' })).toEqual({ brin: '00AH', gemeenten: null, onderdrukken: false });
    expect(ziekteverzuimcijfersBereik({ type: 'ggd', code: 'GM0106' })).toEqual({ brin: null, gemeenten: ['GM0106'], onderdrukken: false });
    expect(ziekteverzuimcijfersBereik({ type: 'gemeente', code: 'GM0014' })).toEqual({ brin: null, gemeenten: ['GM0014'], onderdrukken: true });
    const regio = ziekteverzuimcijfersBereik({ type: 'rmc-regio', code: 'MC07' });
    expect(regio.gemeenten).toEqual(expect.arrayContaining(['GM0106', 'GM1680', 'GM1699', 'GM1730', 'GM1731']));
    expect(regio.onderdrukken).toBe(true);
    expect(ziekteverzuimcijfersBereik({ type: 'ops', code: 'platform' })).toEqual({ brin: null, gemeenten: null, onderdrukken: true });
    expect(() => ziekteverzuimcijfersBereik({ type: 'partner', code: 'jongerenwerk' })).toThrow(DomainError);
  });
});
