import { IsoDate, compareIsoDate } from '../time/iso-date';
import { isKwalificatieplichtig } from './kwalificatieplicht';
import { isLeerplichtig, leerplichtBegin } from './leerplicht';
import { PlichtOpties } from './plicht-opties';
import { valtOnderRmc } from './rmc';

/**
 * Who acts on a young person on a peildatum, by age (used by verzuim and notificaties):
 * - `leerplicht`: leerplichtig → the leerplichtambtenaar of the woongemeente;
 * - `kwalificatieplicht`: after leerplicht, < 18, no startkwalificatie → also the leerplichtambtenaar, under
 *   the kwalificatieplicht rules;
 * - `rmc`: no longer under either duty, < 23, no startkwalificatie → the RMC of the woonregio;
 * - `geen`: not yet leerplichtig, startkwalificatie after leerplicht, or 23 and older.
 */
export type Verantwoordelijke = 'leerplicht' | 'kwalificatieplicht' | 'rmc' | 'geen';

export function verantwoordelijke(
  geboortedatum: IsoDate,
  peildatum: IsoDate,
  heeftStartkwalificatie: boolean,
  opties: PlichtOpties = {},
): Verantwoordelijke {
  if (compareIsoDate(peildatum, leerplichtBegin(geboortedatum)) < 0) return 'geen';
  if (isLeerplichtig(geboortedatum, peildatum)) return 'leerplicht';
  if (isKwalificatieplichtig(geboortedatum, peildatum, heeftStartkwalificatie, opties)) return 'kwalificatieplicht';
  if (valtOnderRmc(geboortedatum, peildatum, heeftStartkwalificatie)) return 'rmc';
  return 'geen';
}
