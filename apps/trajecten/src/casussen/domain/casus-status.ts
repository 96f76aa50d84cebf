import { CASUS_STATUSSEN } from '@sluitend/contracts';
import { Uitkomst, eisGeldigeUitkomst } from '../../uitkomsten/domain/uitkomst';
import { overgangNietToegestaan, uitkomstNietVerwacht, uitkomstVereist } from './casussen.errors';

/**
 * The life of a case, from the seeds and DOMAIN.md "Trajecten": signal → first contact (eropaf) → screening (intake on
 * all life domains) → netwerkoverleg → a route with a trajectplan → nazorg → closed with an outcome. Two resting
 * branches: the young person declines (18+ help is voluntary) or cannot be reached; the case stays open there, is
 * re-approached later (contacten/domain/heraanpak.ts) and goes back to in-contact when that succeeds.
 */
export { CASUS_STATUSSEN };

export type CasusStatus = (typeof CASUS_STATUSSEN)[number];

export type CasusActie =
  | 'contact-leggen'
  | 'screening-starten'
  | 'agenderen'
  | 'route-toewijzen'
  | 'nazorg-starten'
  | 'terugvallen'
  | 'afwijzen'
  | 'onbereikbaar-melden'
  | 'afsluiten';

export interface CasusStap {
  readonly actie: CasusActie;
  readonly naar: CasusStatus;
}

const stap = (actie: CasusActie, naar: CasusStatus): CasusStap => ({ actie, naar });
const AFWIJZEN = stap('afwijzen', 'afgewezen');
const ONBEREIKBAAR = stap('onbereikbaar-melden', 'onbereikbaar');
const AFSLUITEN = stap('afsluiten', 'afgesloten');
const CONTACT = stap('contact-leggen', 'in-contact');

/**
 * The transition table. Our reading of the seeds:
 * - every open case may close, always with an outcome: contact may show the young person already has a place
 *   (seed 000, Opsporing: "duidelijk wat ze nu doen"), or moved;
 * - screening may lead straight to a route when it is clear (regions without a netwerkoverleg, seed 000/002), or to
 *   the netwerkoverleg (seed 003: "Lijstwerk en aanmeldingen worden besproken in het netwerkoverleg");
 * - a traject goes back to the netwerkoverleg when it needs adjusting (seed 003: "brengt het RMC betreffende jongere
 *   opnieuw in het netwerkoverleg"), and a nazorg case falls back into its traject when the place fails;
 * - declining and being unreachable rest the case; a re-approach that reaches the young person and is welcome makes
 *   contact again; reached-but-declining moves onbereikbaar to afgewezen and back.
 */
export const CASUS_OVERGANGEN: Readonly<Record<CasusStatus, readonly CasusStap[]>> = {
  aangemeld: [CONTACT, AFWIJZEN, ONBEREIKBAAR, AFSLUITEN],
  'in-contact': [stap('screening-starten', 'screening'), AFWIJZEN, ONBEREIKBAAR, AFSLUITEN],
  screening: [stap('agenderen', 'netwerkoverleg'), stap('route-toewijzen', 'traject'), AFWIJZEN, ONBEREIKBAAR, AFSLUITEN],
  netwerkoverleg: [stap('route-toewijzen', 'traject'), AFWIJZEN, ONBEREIKBAAR, AFSLUITEN],
  traject: [stap('nazorg-starten', 'nazorg'), stap('agenderen', 'netwerkoverleg'), AFWIJZEN, ONBEREIKBAAR, AFSLUITEN],
  nazorg: [stap('terugvallen', 'traject'), AFSLUITEN],
  afgewezen: [CONTACT, ONBEREIKBAAR, AFSLUITEN],
  onbereikbaar: [CONTACT, AFWIJZEN, AFSLUITEN],
  afgesloten: [],
};

export const toegestaneStappen = (status: CasusStatus): readonly CasusStap[] => CASUS_OVERGANGEN[status];

export const isOpen = (status: CasusStatus): boolean => status !== 'afgesloten';

/** Declined or unreachable: the case rests until a re-approach. */
export const isInRust = (status: CasusStatus): boolean => status === 'afgewezen' || status === 'onbereikbaar';

/**
 * The status after `actie`. `casus.overgang-niet-toegestaan` (conflict, with the allowed actions) when the table does
 * not allow it; closing needs a valid outcome (`casus.uitkomst-vereist`, `uitkomst.ongeldig`), and only closing takes
 * one (`casus.uitkomst-niet-verwacht`).
 */
export function volgendeStatus(status: CasusStatus, actie: CasusActie, uitkomst?: Uitkomst): CasusStatus {
  const stappen = CASUS_OVERGANGEN[status];
  const gevonden = stappen.find((s) => s.actie === actie);
  if (!gevonden)
    throw overgangNietToegestaan(
      status,
      actie,
      stappen.map((s) => s.actie),
    );
  if (actie === 'afsluiten') {
    if (!uitkomst) throw uitkomstVereist();
    eisGeldigeUitkomst(uitkomst);
  } else if (uitkomst) {
    throw uitkomstNietVerwacht(actie);
  }
  return gevonden.naar;
}
