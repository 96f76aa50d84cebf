import { MboNiveau } from '@sluitend/domain-nl';
import { Bestemming, Keuze } from './bestemmingscategorie';
import { Onderwijstype, Overstapfeit } from './overstapfeit';
import { OVERSTAP_SIGNAALTYPEN } from './overstapprojectie';
import type { Reeks } from '../../onthulling/domain/reeks';

/** What the projections know about one student of the school year (the repository's row, already typed). */
export interface Projectiefeit {
  readonly jongereId: string;
  readonly vestiging: string;
  readonly onderwijstype: Onderwijstype;
  /** The destination of the newest dossier version submitted by the end of 1 April; null when none was. */
  readonly keuzeApril: Bestemming | null;
  /** The mbo level of the newest aanmelding registered by the end of 1 April (the level chosen, *our reading*). */
  readonly niveauApril: number | null;
  readonly keuzeEinde: Bestemming | null;
  readonly niveauEinde: number | null;
  /** Any aanmelding of the school year on or before 1 April (overstap's opTijd). */
  readonly opTijd: boolean;
  /** The level of the mbo inschrijving that ran on the teldatum (1 October after the year); null: none known. */
  readonly niveauOktober: number | null;
}

const isNiveau = (waarde: number | null): waarde is MboNiveau => waarde === 1 || waarde === 2 || waarde === 3 || waarde === 4;

function keuze(bestemming: Bestemming | null, niveau: number | null): Keuze | null {
  if (bestemming === null) return null;
  return { bestemming, mboNiveau: bestemming === 'mbo' && isNiveau(niveau) ? niveau : null };
}

/**
 * The tabellenboek's fact for one projected student. The dossier carries no mbo level, so the level of a choice for
 * the mbo is the level of the newest aanmelding by that moment (*our choice*; unknown without one). The actual
 * destination on 1 October is what overstap's events can show: an mbo inschrijving running on the teldatum; anything
 * else (havo, work …) is not reported by any service yet and counts as "niets bekend".
 */
export function overstapfeit(rij: Projectiefeit, schooljaar: string, brin: string): Overstapfeit {
  return {
    jongereId: rij.jongereId,
    schooljaar,
    brin,
    vestiging: rij.vestiging,
    onderwijstype: rij.onderwijstype,
    keuze1April: keuze(rij.keuzeApril, rij.niveauApril),
    keuzeEindeSchooljaar: keuze(rij.keuzeEinde, rij.niveauEinde),
    opTijdAangemeld: rij.opTijd,
    situatie1Oktober: rij.niveauOktober === null ? null : { soort: 'mbo', niveau: isNiveau(rij.niveauOktober) ? rij.niveauOktober : null },
  };
}

/** Labels of the signal types, in OVERSTAP_SIGNAALTYPEN's order. */
export const SIGNAALLABELS: Readonly<Record<(typeof OVERSTAP_SIGNAALTYPEN)[number], string>> = {
  'overstap.signaal.vroege-waarschuwing': 'vroege waarschuwing: nog geen aanmelding',
  'overstap.deadline.aanmelding-gemist': 'niet aangemeld op 1 april',
  'overstap.signaal.geen-levende-aanmelding': 'geen levende aanmelding meer',
  'overstap.deadline.niet-ingeschreven-teldatum': 'niet ingeschreven op 1 oktober',
  'overstap.signaal.uitschrijving-zonder-startkwalificatie': 'uitgeschreven zonder startkwalificatie',
  'overstap.deadline.geen-herinschrijving': 'geen herinschrijving binnen de termijn',
  'overstap.signaal.negatief-bsa': 'negatief bindend studieadvies',
};

/** Signals per type as a one-way table: every type present (zero when none), in a fixed order. */
export function signalenReeks(perType: ReadonlyMap<string, number>): Reeks {
  return {
    categorieen: OVERSTAP_SIGNAALTYPEN.map((type) => SIGNAALLABELS[type]),
    waarden: OVERSTAP_SIGNAALTYPEN.map((type) => perType.get(type) ?? 0),
  };
}
