import { ONDERWIJSTYPEN } from '@sluitend/contracts';
import { IsoDate, MboNiveau } from '@sluitend/domain-nl';

export type Onderwijstype = (typeof ONDERWIJSTYPEN)[number];

/** The education a young person was enrolled in on the teldatum. */
export type Onderwijs =
  | { readonly soort: 'vo'; readonly onderwijstype: Onderwijstype; readonly leerjaar: number }
  | { readonly soort: 'mbo'; readonly niveau: MboNiveau }
  | { readonly soort: 'vavo' };

/** An enrolment on 1 October t: what, where, and where the young person lives (which decides the RMC region). */
export interface InschrijvingOpTeldatum {
  readonly onderwijs: Onderwijs;
  /** The school (BRIN) of the enrolment. */
  readonly brin: string;
  /** CBS code of the woongemeente (GM0363). */
  readonly woongemeente: string;
  /** The RMC region of the woongemeente (MC03). */
  readonly rmcRegio: string;
}

/**
 * What rapportage knows about one young person for the VSV count of school year t, as the projections fill it from
 * DUO's 1 October start set (A05), enrolment mutations and startkwalificaties (P-levering). The date of birth is
 * needed for the age rule only and stays inside rapportage.
 */
export interface Vsvfeit {
  readonly jongereId: string;
  readonly geboortedatum: IsoDate;
  /** Enrolled in funded vo, mbo or vavo on 1 October t; null when not. */
  readonly opTeldatum: InschrijvingOpTeldatum | null;
  /** Enrolled anywhere in funded education (vo, mbo, vavo, hbo, wo) on 1 October t+1. */
  readonly ingeschrevenOpVolgendeTeldatum: boolean;
  /** The day the first startkwalificatie (havo, vwo, mbo 2+) was obtained; null when none. */
  readonly startkwalificatieOp: IsoDate | null;
}
