import { dagen, heleDagenOngeoorloofd, historie } from '../../absenties/domain/historie.fixture';
import { Kalender } from '../../kalenders/domain/kalender';
import { TESTSCHOOL_2025_2026, TESTSCHOOL_2026_2027 } from '../../kalenders/domain/testschool.fixture';
import { Leerling } from '../../leerlingen/domain/leerling';
import { zestienUur } from './zestien-uur';

const kalender = Kalender.bouw([TESTSCHOOL_2025_2026]);
const KALENDER_ID = TESTSCHOOL_2025_2026.id;
/** 14 in September 2025: leerplichtig. */
const leerplichtig: Leerling = { geboortedatum: '2011-03-10' };

describe('16 uur in 4 opeenvolgende lesweken', () => {
  it('exactly 16 hours with a vacation week inside the window: one melding', () => {
    // lesweken 6 Oct, 13 Oct, [herfstvakantie 20 Oct], 27 Oct, 3 Nov: four lesweken over five calendar weeks
    const h = historie(
      kalender,
      dagen({
        '2025-10-07': { ongeoorloofd: 4 },
        '2025-10-16': { ongeoorloofd: 4 },
        '2025-10-28': { ongeoorloofd: 4 },
        '2025-11-03': { ongeoorloofd: 4 },
      }),
    );
    expect(zestienUur(h, leerplichtig)).toEqual([
      {
        soort: 'zestien-uur',
        startdatum: '2025-10-07',
        einddatum: '2025-11-03',
        urenGemist: 16,
        dagenGemist: 4,
        alleLessenGemist: false,
        verplicht: true,
        ontvanger: 'leerplichtambtenaar',
        verantwoordelijke: 'leerplicht',
        vervolgmelding: false,
        kalenders: [KALENDER_ID],
      },
    ]);
  });

  it('a fifth lesweek is too far: the first day falls out of the window', () => {
    const h = historie(
      kalender,
      dagen({
        '2025-10-07': { ongeoorloofd: 4 },
        '2025-10-16': { ongeoorloofd: 4 },
        '2025-10-28': { ongeoorloofd: 4 },
        '2025-11-10': { ongeoorloofd: 4 },
      }),
    );
    expect(zestienUur(h, leerplichtig)).toEqual([]);
  });

  it('15.5 hours: no melding; the next half hour makes it one', () => {
    const vijftienEnHalf = dagen({
      '2025-09-01': { ongeoorloofd: 4 },
      '2025-09-03': { ongeoorloofd: 4 },
      '2025-09-10': { ongeoorloofd: 4 },
      '2025-09-17': { ongeoorloofd: 3.5 },
    });
    expect(zestienUur(historie(kalender, vijftienEnHalf), leerplichtig)).toEqual([]);
    const meldingen = zestienUur(historie(kalender, [...vijftienEnHalf, { datum: '2025-09-19', ongeoorloofd: 0.5 }]), leerplichtig);
    expect(meldingen).toEqual([expect.objectContaining({ startdatum: '2025-09-01', einddatum: '2025-09-19', urenGemist: 16, dagenGemist: 5 })]);
  });

  it('fractions of hours add up exactly (hundredths, not floating point)', () => {
    const records = heleDagenOngeoorloofd(kalender, '2025-09-01', '2025-09-26', 0.8).map((d) => ({ ...d, alleLessenGemist: false }));
    expect(records).toHaveLength(20);
    expect(zestienUur(historie(kalender, records), leerplichtig)).toEqual([
      expect.objectContaining({ startdatum: '2025-09-01', einddatum: '2025-09-26', urenGemist: 16, dagenGemist: 20 }),
    ]);
  });

  it('continuous absence gives one melding per 7 calendar days', () => {
    const h = historie(kalender, heleDagenOngeoorloofd(kalender, '2025-09-01', '2025-09-26'));
    const meldingen = zestienUur(h, leerplichtig);
    expect(meldingen.map((m) => [m.startdatum, m.einddatum, m.urenGemist, m.dagenGemist, m.vervolgmelding])).toEqual([
      ['2025-09-01', '2025-09-03', 18, 3, false], // 16 reached on the third day
      ['2025-09-04', '2025-09-10', 30, 5, true], // due on 8 Sep by hours, held back to 7 days after the 3rd
      ['2025-09-11', '2025-09-17', 30, 5, true],
      ['2025-09-18', '2025-09-24', 30, 5, true],
    ]);
    expect(meldingen.every((m) => m.alleLessenGemist)).toBe(true);
  });

  it('counting restarts after a melding: hours before its einddatum never count twice', () => {
    const h = historie(
      kalender,
      dagen({
        '2025-09-01': { ongeoorloofd: 8 },
        '2025-09-02': { ongeoorloofd: 8 }, // melding, 16
        '2025-09-15': { ongeoorloofd: 8 },
        '2025-09-22': { ongeoorloofd: 7 }, // 15 since the restart: nothing yet
      }),
    );
    expect(zestienUur(h, leerplichtig).map((m) => m.einddatum)).toEqual(['2025-09-02']);
  });

  describe('an 18th birthday inside a window', () => {
    // born 8 October 2007: kwalificatieplichtig until 7 October 2025, 18 on 8 October
    const achttien: Leerling = { geboortedatum: '2007-10-08' };
    const voorVerjaardag = dagen({ '2025-09-29': { ongeoorloofd: 4 }, '2025-10-01': { ongeoorloofd: 4 }, '2025-10-03': { ongeoorloofd: 4 } });

    it('16 hours reached the day before: a mandatory melding to the leerplichtambtenaar', () => {
      const h = historie(kalender, [...voorVerjaardag, { datum: '2025-10-07', ongeoorloofd: 4 }]);
      expect(zestienUur(h, achttien)).toEqual([
        expect.objectContaining({
          einddatum: '2025-10-07',
          verplicht: true,
          ontvanger: 'leerplichtambtenaar',
          verantwoordelijke: 'kwalificatieplicht',
        }),
      ]);
    });

    it('16 hours reached after the birthday: nothing is due, unless the region agreed to report 18+ to the RMC', () => {
      const h = historie(kalender, [...voorVerjaardag, { datum: '2025-10-09', ongeoorloofd: 4 }]);
      expect(zestienUur(h, achttien)).toEqual([]);
      expect(zestienUur(h, achttien, { rmcPeriodeWeken: 4, zestienUurVoorRmcDoelgroep: true })).toEqual([
        expect.objectContaining({ startdatum: '2025-09-29', einddatum: '2025-10-09', verplicht: false, ontvanger: 'rmc', verantwoordelijke: 'rmc' }),
      ]);
      const metStartkwalificatie: Leerling = { ...achttien, startkwalificatieOp: '2025-07-04' };
      expect(zestienUur(h, metStartkwalificatie, { rmcPeriodeWeken: 4, zestienUurVoorRmcDoelgroep: true })).toEqual([]);
    });
  });

  describe('the last day of the school year in which the student turns 16', () => {
    // born 15 July 2010: 16 on 15 July 2026, leerplichtig through 31 July 2026, then kwalificatieplichtig
    const zestien: Leerling = { geboortedatum: '2010-07-15' };
    const tweeJaren = Kalender.bouw([TESTSCHOOL_2025_2026, TESTSCHOOL_2026_2027]);
    const voorDeZomer = dagen({ '2026-06-29': { ongeoorloofd: 4 }, '2026-07-03': { ongeoorloofd: 4 }, '2026-07-08': { ongeoorloofd: 4 } });

    it('reached on the last lesdag before the summer: leerplicht', () => {
      const h = historie(tweeJaren, [...voorDeZomer, { datum: '2026-07-10', ongeoorloofd: 4 }]);
      expect(zestienUur(h, zestien)).toEqual([
        expect.objectContaining({ einddatum: '2026-07-10', verantwoordelijke: 'leerplicht', ontvanger: 'leerplichtambtenaar', verplicht: true }),
      ]);
    });

    it('the summer weeks do not count: reached on the first lesdag after it, under kwalificatieplicht', () => {
      const h = historie(tweeJaren, [...voorDeZomer, { datum: '2026-08-24', ongeoorloofd: 4 }]);
      expect(zestienUur(h, zestien)).toEqual([
        expect.objectContaining({
          startdatum: '2026-06-29',
          einddatum: '2026-08-24',
          verantwoordelijke: 'kwalificatieplicht',
          ontvanger: 'leerplichtambtenaar',
          kalenders: [TESTSCHOOL_2025_2026.id, TESTSCHOOL_2026_2027.id],
        }),
      ]);
    });

    it('with a startkwalificatie: due up to 31 July (leerplicht), nothing after', () => {
      const metDiploma: Leerling = { ...zestien, startkwalificatieOp: '2026-07-01' };
      expect(zestienUur(historie(tweeJaren, [...voorDeZomer, { datum: '2026-07-10', ongeoorloofd: 4 }]), metDiploma)).toHaveLength(1);
      expect(zestienUur(historie(tweeJaren, [...voorDeZomer, { datum: '2026-08-24', ongeoorloofd: 4 }]), metDiploma)).toEqual([]);
    });
  });

  it('can start counting after an earlier melding (re-evaluation)', () => {
    const h = historie(kalender, heleDagenOngeoorloofd(kalender, '2025-09-01', '2025-09-26'));
    const vanaf = zestienUur(h, leerplichtig, undefined, { vanaf: '2025-09-11', vorigeEinddatum: '2025-09-10' });
    expect(vanaf.map((m) => m.einddatum)).toEqual(['2025-09-17', '2025-09-24']);
  });
});
