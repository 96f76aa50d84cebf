import { INKOMENSKLASSEN, Inkomensklasse, UITKOMST_CATEGORIEEN } from '@sluitend/contracts';
import { DomainIssue } from '@sluitend/domain-nl';
import { uitkomstOngeldig } from './uitkomsten.errors';

/**
 * The outcome categories of the RMC effectrapportage (DOMAIN.md "Trajecten"; the destinations at the end of a traject
 * in the effectrapportage questionnaire, Regeling regionale aanpak vsv, see /work/shared/reference/domain-sources.md
 * §3.7). No case closes without one.
 */
export { INKOMENSKLASSEN, UITKOMST_CATEGORIEEN };
export type { Inkomensklasse };

export type UitkomstCategorie = (typeof UITKOMST_CATEGORIEEN)[number];

export const UITKOMST_OMSCHRIJVING: Readonly<Record<UitkomstCategorie, string>> = {
  'voltijd-onderwijs': 'erkende voltijdopleiding',
  'combinatie-leren-werken': 'combinatie leren en werken (bbl)',
  'werk-zonder-startkwalificatie': 'werk zonder startkwalificatie (minstens 12 uur per week betaald)',
  'zorg-opvang-detentie': 'zorg, opvang of detentie',
  'beeindigd-zonder-dagbesteding': 'beëindigd zonder reguliere dagbesteding',
  'verhuisd-onvindbaar': 'verhuisd of niet traceerbaar',
  overig: 'overig',
};

/** Werk counts as werk from 12 paid hours a week (CBS; effectrapportage). */
export const WERK_MINIMUM_UREN_PER_WEEK = 12;

export interface Uitkomst {
  readonly categorie: UitkomstCategorie;
  /** Paid hours a week; required for `werk-zonder-startkwalificatie`. */
  readonly urenPerWeek?: number;
  /** Required for `overig` (our choice: "overig" without a word says nothing in the effectrapportage). */
  readonly toelichting?: string;
  /**
   * Only with `werk-zonder-startkwalificatie`, when the RMC knows it: the monthly income from work as a class (RMC
   * priority groups 2 and 3, seed 003: under € 300, under € 700). A class, never the amount; absent when unknown.
   */
  readonly inkomensklasse?: Inkomensklasse;
}

const CATEGORIEEN: ReadonlySet<string> = new Set(UITKOMST_CATEGORIEEN);
const KLASSEN: ReadonlySet<string> = new Set(INKOMENSKLASSEN);

export const isUitkomstCategorie = (waarde: string): waarde is UitkomstCategorie => CATEGORIEEN.has(waarde);

/** What is wrong with an outcome, field by field (`uitkomst.categorie`, `uitkomst.urenPerWeek`, …); empty when valid. */
export function uitkomstMeldingen(uitkomst: Uitkomst): DomainIssue[] {
  const meldingen: DomainIssue[] = [];
  if (!isUitkomstCategorie(uitkomst.categorie)) {
    meldingen.push({
      field: 'uitkomst.categorie',
      rule: 'uitkomst.categorie',
      message: `categorie is een van: ${UITKOMST_CATEGORIEEN.join(', ')}`,
    });
    return meldingen;
  }
  if (uitkomst.categorie === 'werk-zonder-startkwalificatie') {
    const uren = uitkomst.urenPerWeek;
    if (uren === undefined || !Number.isFinite(uren) || uren < WERK_MINIMUM_UREN_PER_WEEK || uren > 168) {
      meldingen.push({
        field: 'uitkomst.urenPerWeek',
        rule: 'werk.minstens-12-uur',
        message: `werk telt vanaf ${WERK_MINIMUM_UREN_PER_WEEK} betaalde uren per week; geef de uren per week`,
      });
    }
  }
  if (uitkomst.inkomensklasse !== undefined) {
    if (!KLASSEN.has(uitkomst.inkomensklasse)) {
      meldingen.push({
        field: 'uitkomst.inkomensklasse',
        rule: 'uitkomst.inkomensklasse',
        message: `inkomensklasse is een van: ${INKOMENSKLASSEN.join(', ')}`,
      });
    } else if (uitkomst.categorie !== 'werk-zonder-startkwalificatie') {
      meldingen.push({
        field: 'uitkomst.inkomensklasse',
        rule: 'inkomensklasse.alleen-bij-werk',
        message: 'inkomensklasse hoort alleen bij de uitkomst werk-zonder-startkwalificatie',
      });
    }
  }
  if (uitkomst.categorie === 'overig' && !uitkomst.toelichting?.trim()) {
    meldingen.push({ field: 'uitkomst.toelichting', rule: 'overig.toelichting-verplicht', message: 'bij "overig" hoort een toelichting' });
  }
  return meldingen;
}

/** The outcome when valid; `uitkomst.ongeldig` with its issues otherwise. */
export function eisGeldigeUitkomst(uitkomst: Uitkomst): Uitkomst {
  const meldingen = uitkomstMeldingen(uitkomst);
  if (meldingen.length > 0) throw uitkomstOngeldig(meldingen);
  return uitkomst;
}
