import { dagen, historie } from '../../absenties/domain/historie.fixture';
import { Kalender } from '../../kalenders/domain/kalender';
import { TESTSCHOOL_2025_2026 } from '../../kalenders/domain/testschool.fixture';
import { luxeVerzuim } from './luxe-verzuim';

const kalender = Kalender.bouw([TESTSCHOOL_2025_2026]);
const leerplichtig = { geboortedatum: '2011-03-10' };
const heel = { ongeoorloofd: 6, alleLessenGemist: true };

describe('luxe verzuim (unauthorised absence next to a vacation)', () => {
  it('the last days before a vacation', () => {
    const h = historie(kalender, dagen({ '2025-10-16': heel, '2025-10-17': heel }));
    expect(luxeVerzuim(h, leerplichtig)).toEqual([
      expect.objectContaining({
        soort: 'luxe',
        startdatum: '2025-10-16',
        einddatum: '2025-10-17',
        vakantie: 'herfstvakantie',
        dagenGemist: 2,
        verplicht: true,
        ontvanger: 'leerplichtambtenaar',
      }),
    ]);
  });

  it('the first days after a vacation', () => {
    const h = historie(kalender, dagen({ '2026-01-05': heel }));
    expect(luxeVerzuim(h, leerplichtig)).toEqual([expect.objectContaining({ startdatum: '2026-01-05', vakantie: 'kerstvakantie' })]);
  });

  it('not with a lesdag between, not for part of a day, not with verlof', () => {
    expect(luxeVerzuim(historie(kalender, dagen({ '2025-10-16': heel })), leerplichtig)).toEqual([]);
    expect(luxeVerzuim(historie(kalender, dagen({ '2025-10-17': { ongeoorloofd: 2 } })), leerplichtig)).toEqual([]);
    expect(luxeVerzuim(historie(kalender, dagen({ '2025-10-17': { verlof: 6, alleLessenGemist: true } })), leerplichtig)).toEqual([]);
  });

  it('a free day or public holiday is no vacation', () => {
    // Thursday 2 April 2026, before Goede Vrijdag (the school's free day) and Easter Monday
    expect(luxeVerzuim(historie(kalender, dagen({ '2026-04-02': heel })), leerplichtig)).toEqual([]);
  });

  it('not for an 18-year-old (no leerplicht)', () => {
    expect(luxeVerzuim(historie(kalender, dagen({ '2025-10-17': heel })), { geboortedatum: '2006-05-01' })).toEqual([]);
  });
});
