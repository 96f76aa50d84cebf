import { IsoDate, Verantwoordelijke, verantwoordelijke } from '@sluitend/domain-nl';
import { Leerling, heeftStartkwalificatieOp } from './leerling';

/** Who must act on a student's verzuim: always the organisation of the **woongemeente** / its RMC-regio. */
export type Ontvanger = 'leerplichtambtenaar' | 'rmc';

export interface WieHandelt {
  /** The duty that applies on the day (libs/domain-nl `verantwoordelijke`). */
  readonly verantwoordelijke: Verantwoordelijke;
  /** `null` when nobody has a duty (too young, 23+, or a startkwalificatie after leerplicht). */
  readonly ontvanger: Ontvanger | null;
}

/**
 * Who must act on a day, by birth date and the schooljaar (libs/domain-nl's plichten, not a copy):
 * leerplicht and kwalificatieplicht → the leerplichtambtenaar of the woongemeente; 18–22 without startkwalificatie
 * (or exempt from kwalificatieplicht) → the RMC of the woonregio; otherwise nobody.
 */
export function wieHandelt(leerling: Leerling, datum: IsoDate): WieHandelt {
  const plicht = verantwoordelijke(leerling.geboortedatum, datum, heeftStartkwalificatieOp(leerling, datum), {
    vrijgesteldVanKwalificatieplicht: leerling.vrijgesteldVanKwalificatieplicht === true,
  });
  return { verantwoordelijke: plicht, ontvanger: ONTVANGER[plicht] };
}

const ONTVANGER: Record<Verantwoordelijke, Ontvanger | null> = {
  leerplicht: 'leerplichtambtenaar',
  kwalificatieplicht: 'leerplichtambtenaar',
  rmc: 'rmc',
  geen: null,
};
