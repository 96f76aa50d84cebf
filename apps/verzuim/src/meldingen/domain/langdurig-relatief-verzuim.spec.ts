import { heleDagenOngeoorloofd, historie } from '../../absenties/domain/historie.fixture';
import { Kalender } from '../../kalenders/domain/kalender';
import { TESTSCHOOL_2025_2026 } from '../../kalenders/domain/testschool.fixture';
import { langdurigRelatiefVerzuim } from './langdurig-relatief-verzuim';

const kalender = Kalender.bouw([TESTSCHOOL_2025_2026]);
const leerplichtig = { geboortedatum: '2011-03-10' };

describe('langdurig relatief verzuim (more than four weeks)', () => {
  it('due on the first lesdag past four weeks of whole-day absence', () => {
    const h = historie(kalender, heleDagenOngeoorloofd(kalender, '2025-09-03', '2025-10-01'));
    expect(langdurigRelatiefVerzuim(h, leerplichtig)).toEqual([
      expect.objectContaining({
        soort: 'langdurig-relatief',
        startdatum: '2025-09-03',
        einddatum: '2025-10-01',
        dagenGemist: 21,
        urenGemist: 126,
        alleLessenGemist: true,
        verplicht: true,
        ontvanger: 'leerplichtambtenaar',
      }),
    ]);
  });

  it('exactly four weeks is not more than four weeks', () => {
    const h = historie(kalender, heleDagenOngeoorloofd(kalender, '2025-09-03', '2025-09-30'));
    expect(langdurigRelatiefVerzuim(h, leerplichtig)).toEqual([]);
  });

  it('the herfstvakantie does not count, and one melding per unbroken absence', () => {
    const h = historie(kalender, heleDagenOngeoorloofd(kalender, '2025-10-08', '2025-11-28'));
    expect(langdurigRelatiefVerzuim(h, leerplichtig).map((m) => [m.startdatum, m.einddatum])).toEqual([['2025-10-08', '2025-11-12']]);
  });

  it('a day ill or present breaks the absence', () => {
    const records = heleDagenOngeoorloofd(kalender, '2025-09-03', '2025-10-01').map((d) =>
      d.datum === '2025-09-17' ? { datum: d.datum, ziek: 6, alleLessenGemist: true } : d,
    );
    expect(langdurigRelatiefVerzuim(historie(kalender, records), leerplichtig)).toEqual([]);
    const gedeeltelijk = heleDagenOngeoorloofd(kalender, '2025-09-03', '2025-10-01').map((d) =>
      d.datum === '2025-09-17' ? { ...d, alleLessenGemist: false } : d,
    );
    expect(langdurigRelatiefVerzuim(historie(kalender, gedeeltelijk), leerplichtig)).toEqual([]);
  });

  it('not for an 18-year-old: that is RMC-verzuim', () => {
    const h = historie(kalender, heleDagenOngeoorloofd(kalender, '2025-09-03', '2025-10-01'));
    expect(langdurigRelatiefVerzuim(h, { geboortedatum: '2006-05-01' })).toEqual([]);
  });
});
