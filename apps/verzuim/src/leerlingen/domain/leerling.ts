import { IsoDate, compareIsoDate } from '@sluitend/domain-nl';

/** What the verzuim rules need of a student (never a name or BSN: the service keeps only the pseudonym besides). */
export interface Leerling {
  readonly geboortedatum: IsoDate;
  /** The day the student obtained a startkwalificatie (havo, vwo, mbo 2+ diploma); absent when none. */
  readonly startkwalificatieOp?: IsoDate;
  /** Pro/vso leaver with uitstroomprofiel arbeid or dagbesteding: no kwalificatieplicht (DOMAIN.md). */
  readonly vrijgesteldVanKwalificatieplicht?: boolean;
}

export function heeftStartkwalificatieOp(leerling: Leerling, datum: IsoDate): boolean {
  return leerling.startkwalificatieOp !== undefined && compareIsoDate(leerling.startkwalificatieOp, datum) <= 0;
}
