import { IsoDate, Schooljaar, addDays, schooljaarBounds, vorigSchooljaar } from '@sluitend/domain-nl';
import { VerzuimFout } from '../../shared/verzuim-fout';
import { LANDELIJKE_SCHOOLVAKANTIES, LandelijkAdvies } from './landelijke-schoolvakanties';
import { SchooljaarKalender, Vakantie, VakantieRegio } from './schooljaar-kalender';

/**
 * The national default calendar of a vacation region for a schooljaar (1 August – 31 July), from the cited advice
 * only: that schooljaar's vacations plus the previous zomervakantie (which covers its August).
 * When the previous zomervakantie is not in the data, the first weeks of the schooljaar are unknown and the calendar
 * vouches only for the days after the region's first known vacation (`geldigVan`). No advice for the schooljaar →
 * `LANDELIJK_ADVIES_ONBEKEND`: the school's own calendar is then required.
 */
export function landelijkeKalender(
  regio: VakantieRegio,
  schooljaar: Schooljaar,
  advies: readonly LandelijkAdvies[] = LANDELIJKE_SCHOOLVAKANTIES,
): SchooljaarKalender {
  const ditJaar = advies.find((a) => a.schooljaar === schooljaar);
  if (!ditJaar) {
    throw new VerzuimFout(
      'LANDELIJK_ADVIES_ONBEKEND',
      `Geen geciteerd landelijk vakantieadvies voor ${schooljaar}; de school moet haar eigen kalender opgeven`,
      'schooljaar',
    );
  }
  const vorigeZomer = advies
    .find((a) => a.schooljaar === vorigSchooljaar(schooljaar))
    ?.vakanties[regio].filter((v) => v.totEnMet >= schooljaarBounds(schooljaar).eersteDag);
  const vakanties: Vakantie[] = [...(vorigeZomer ?? []), ...ditJaar.vakanties[regio]];
  const geldigVan: IsoDate | undefined = vorigeZomer?.length
    ? undefined
    : addDays(
        ditJaar.vakanties[regio].reduce((eerste, v) => (v.totEnMet < eerste ? v.totEnMet : eerste), '9999-12-31'),
        1,
      );
  return {
    id: `landelijk-advies:${regio}:${schooljaar}`,
    schooljaar,
    bron: { soort: 'landelijk-advies', regio, bron: ditJaar.bron },
    vakanties,
    ...(geldigVan === undefined ? {} : { geldigVan }),
  };
}
