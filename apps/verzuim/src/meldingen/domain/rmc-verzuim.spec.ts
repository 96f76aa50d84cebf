import { heleDagenOngeoorloofd, historie } from '../../absenties/domain/historie.fixture';
import { Kalender } from '../../kalenders/domain/kalender';
import { TESTSCHOOL_2025_2026 } from '../../kalenders/domain/testschool.fixture';
import { Leerling } from '../../leerlingen/domain/leerling';
import { rmcVerzuim } from './rmc-verzuim';

const kalender = Kalender.bouw([TESTSCHOOL_2025_2026]);
/** 19 in September 2025, no startkwalificatie. */
const negentien: Leerling = { geboortedatum: '2006-05-01' };
const vierWeken = () => historie(kalender, heleDagenOngeoorloofd(kalender, '2025-09-01', '2025-09-26'));

describe('RMC-verzuim (18–22, no startkwalificatie, at least four weeks)', () => {
  it('due on the last lesdag of four weeks of whole-day absence, to the RMC', () => {
    expect(rmcVerzuim(vierWeken(), negentien)).toEqual([
      {
        soort: 'rmc',
        startdatum: '2025-09-01',
        einddatum: '2025-09-26',
        urenGemist: 120,
        dagenGemist: 20,
        alleLessenGemist: true,
        verplicht: true,
        ontvanger: 'rmc',
        verantwoordelijke: 'rmc',
        vervolgmelding: false,
        kalenders: [TESTSCHOOL_2025_2026.id],
      },
    ]);
  });

  it('a day short of four weeks: nothing yet', () => {
    const h = historie(kalender, heleDagenOngeoorloofd(kalender, '2025-09-01', '2025-09-25'));
    expect(rmcVerzuim(h, negentien)).toEqual([]);
  });

  it('a shorter period set by the school', () => {
    expect(rmcVerzuim(vierWeken(), negentien, { rmcPeriodeWeken: 2, zestienUurVoorRmcDoelgroep: false }).map((m) => m.einddatum)).toEqual([
      '2025-09-12',
    ]);
    expect(() => rmcVerzuim(vierWeken(), negentien, { rmcPeriodeWeken: 5, zestienUurVoorRmcDoelgroep: false })).toThrow(
      expect.objectContaining({ code: 'INSTELLING_ONGELDIG', veld: 'rmcPeriodeWeken' }),
    );
  });

  it('the herfstvakantie does not count', () => {
    const h = historie(kalender, heleDagenOngeoorloofd(kalender, '2025-10-06', '2025-11-14'));
    expect(rmcVerzuim(h, negentien).map((m) => m.einddatum)).toEqual(['2025-11-07']);
  });

  it('not with a startkwalificatie, not at 23, not under kwalificatieplicht', () => {
    expect(rmcVerzuim(vierWeken(), { ...negentien, startkwalificatieOp: '2024-07-01' })).toEqual([]);
    expect(rmcVerzuim(vierWeken(), { geboortedatum: '2002-08-01' })).toEqual([]);
    expect(rmcVerzuim(vierWeken(), { geboortedatum: '2009-01-01' })).toEqual([]);
  });

  it('a pro/vso leaver exempt from kwalificatieplicht is followed by the RMC from 16', () => {
    expect(rmcVerzuim(vierWeken(), { geboortedatum: '2009-01-01', vrijgesteldVanKwalificatieplicht: true })).toHaveLength(1);
  });
});
