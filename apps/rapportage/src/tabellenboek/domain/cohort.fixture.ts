import { Keuze, Situatie1Oktober } from './bestemmingscategorie';
import { Overstapfeit } from './overstapfeit';

/** A group of identical students in a synthetic cohort. */
export interface Groep {
  readonly aantal: number;
  readonly april: Keuze | null;
  readonly opTijd?: boolean;
  readonly einde: Keuze | null;
  readonly oktober: Situatie1Oktober | null;
  readonly schooljaar?: string;
  readonly vestiging?: string;
}

export const mbo = (niveau: 1 | 2 | 3 | 4 | null): Keuze => ({ bestemming: 'mbo', mboNiveau: niveau });
export const naar = (bestemming: Keuze['bestemming']): Keuze => ({ bestemming, mboNiveau: null });

/** The facts of a synthetic cohort at BRIN 07NU (vestiging 07NU00 unless given), school year 2024-2025 unless given. */
export function cohort(groepen: readonly Groep[]): Overstapfeit[] {
  const feiten: Overstapfeit[] = [];
  let volgnummer = 0;
  for (const groep of groepen) {
    for (let i = 0; i < groep.aantal; i++) {
      feiten.push({
        jongereId: `j${++volgnummer}`,
        schooljaar: groep.schooljaar ?? '2024-2025',
        brin: '07NU',
        vestiging: groep.vestiging ?? '07NU00',
        onderwijstype: 'vmbo-kb',
        keuze1April: groep.april,
        keuzeEindeSchooljaar: groep.einde,
        opTijdAangemeld: groep.opTijd ?? false,
        situatie1Oktober: groep.oktober,
      });
    }
  }
  return feiten;
}
