import { IsoDate, Verantwoordelijke } from '@sluitend/domain-nl';
import { Leerling } from '../../leerlingen/domain/leerling';
import { Ontvanger, wieHandelt } from '../../leerlingen/domain/wie-handelt';
import { BerekendeMelding } from './verzuimmelding';
import { VerzuimInstellingen } from './verzuim-instellingen';

export interface Routering {
  readonly verplicht: boolean;
  readonly ontvanger: Ontvanger;
  readonly verantwoordelijke: Verantwoordelijke;
}

/**
 * Whether a melding of this kind is due on `datum` for this student, and for whom — by the duty on that day:
 * - 16 uur, langdurig relatief, luxe: leerplicht or kwalificatieplicht → leerplichtambtenaar, mandatory;
 *   16 uur for the RMC group only by regional agreement (not mandatory);
 * - RMC-verzuim: the RMC group (18–22 without startkwalificatie, or exempt from kwalificatieplicht), mandatory.
 * `null`: nothing is due (e.g. 18 with a startkwalificatie, or 23).
 */
export function routeer(soort: BerekendeMelding['soort'], leerling: Leerling, datum: IsoDate, instellingen: VerzuimInstellingen): Routering | null {
  const { verantwoordelijke, ontvanger } = wieHandelt(leerling, datum);
  if (ontvanger === null) return null;
  if (soort === 'rmc') return ontvanger === 'rmc' ? { verplicht: true, ontvanger, verantwoordelijke } : null;
  if (ontvanger === 'leerplichtambtenaar') return { verplicht: true, ontvanger, verantwoordelijke };
  return soort === 'zestien-uur' && instellingen.zestienUurVoorRmcDoelgroep ? { verplicht: false, ontvanger, verantwoordelijke } : null;
}
