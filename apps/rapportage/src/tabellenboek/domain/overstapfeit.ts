import { ONDERWIJSTYPEN } from '@sluitend/contracts';
import { Schooljaar } from '@sluitend/domain-nl';
import { Keuze, Situatie1Oktober } from './bestemmingscategorie';

export type Onderwijstype = (typeof ONDERWIJSTYPEN)[number];

/**
 * What rapportage knows about one leaving VO student of one school year, as the projections fill it from overstap's
 * events (overstap.dossier.ingediend for the choices and the school, overstap.aanmelding.* for the aanmelding,
 * overstap.inschrijving.* and the 1 October count for the actual destination). One fact per student per school year;
 * no personal data beyond the pseudonymous id.
 */
export interface Overstapfeit {
  readonly jongereId: string;
  /** The school year in which the student leaves the VO school (the dossier's schooljaar). */
  readonly schooljaar: Schooljaar;
  readonly brin: string;
  readonly vestiging: string;
  readonly onderwijstype: Onderwijstype;
  /** The choice as it stood at the end of 1 April (Europe/Amsterdam); null when no dossier existed yet. */
  readonly keuze1April: Keuze | null;
  /** The choice at the end of the school year (31 July); null when none was recorded. */
  readonly keuzeEindeSchooljaar: Keuze | null;
  /** For a student heading for the mbo on 1 April: an aanmelding on or before 1 April (toelatingsrecht). */
  readonly opTijdAangemeld: boolean;
  /** Where the student is on the 1 October after the school year; null when nothing is known (counted as such). */
  readonly situatie1Oktober: Situatie1Oktober | null;
}
