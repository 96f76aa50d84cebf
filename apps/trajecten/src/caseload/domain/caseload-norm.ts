import { DomainIssue } from '@sluitend/domain-nl';
import { caseloadOngeldig } from './caseload.errors';

/** The work a professional's caseload is measured as: RMC (trajectbegeleider) or leerplicht. */
export const CASELOAD_SOORTEN = ['rmc', 'leerplicht'] as const;
export type CaseloadSoort = (typeof CASELOAD_SOORTEN)[number];

/** Cases per full-time professional. */
export type CaseloadNormen = Readonly<Record<CaseloadSoort, number>>;

/**
 * The seed figures (seed 003, RBL Utrecht West: "een caseload voor een leerplichtambtenaar 250 dossiers (Ingradonorm =
 * 135) … de caseload voor een RMC medewerker 300 dossiers"): the regions' agreed 300 and 250 are the defaults; a
 * region sets its own (1 to 1000 per fte).
 */
export const STANDAARD_CASELOAD_NORMEN: CaseloadNormen = Object.freeze({ rmc: 300, leerplicht: 250 });

/** Ingrado's guideline for leerplicht (seed 003), for comparison. */
export const INGRADO_NORM_LEERPLICHT = 135;

/** A region's norms from its input: kinds left out keep the default; each a whole number of cases 1–1000 per fte. */
export function stelCaseloadNormenVast(invoer: Readonly<Record<string, unknown>>): CaseloadNormen {
  const normen: Record<CaseloadSoort, number> = { ...STANDAARD_CASELOAD_NORMEN };
  const meldingen: DomainIssue[] = [];
  for (const [soort, waarde] of Object.entries(invoer)) {
    if (soort !== 'rmc' && soort !== 'leerplicht') {
      meldingen.push({ field: `normen.${soort}`, rule: 'soort.onbekend', message: 'een norm is er voor rmc en leerplicht' });
    } else if (typeof waarde !== 'number' || !Number.isInteger(waarde) || waarde < 1 || waarde > 1000) {
      meldingen.push({ field: `normen.${soort}`, rule: 'norm.1-1000', message: 'de norm is 1 tot en met 1000 casussen per fte' });
    } else {
      normen[soort] = waarde;
    }
  }
  if (meldingen.length > 0) throw caseloadOngeldig(meldingen);
  return Object.freeze(normen);
}
