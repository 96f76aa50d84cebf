import { NAZORG_RESULTATEN } from '@sluitend/contracts';
import { DomainIssue } from '@sluitend/domain-nl';
import { maandenLater } from '../../shared/maanden-later';
import type { UitkomstCategorie } from './uitkomst';
import { nazorgcontroleConflict, nazorgInstellingenOngeldig } from './uitkomsten.errors';

/**
 * When a case closed with a place, the casusregisseur checks after a period whether the place holds ("vinger aan de pols", seed 003; the effectrapportage asks for the nazorg period). The period is a
 * regional choice: 3 months by default (our choice — no seed names a number), 1 to 12.
 */
export interface NazorgInstellingen {
  readonly nazorgMaanden: number;
}

export const STANDAARD_NAZORG: NazorgInstellingen = { nazorgMaanden: 3 };

export function controleerNazorgInstellingen(instellingen: NazorgInstellingen): NazorgInstellingen {
  const { nazorgMaanden } = instellingen;
  if (!Number.isInteger(nazorgMaanden) || nazorgMaanden < 1 || nazorgMaanden > 12) {
    const issue: DomainIssue = { field: 'nazorgMaanden', rule: 'nazorg.1-12-maanden', message: 'de nazorgtermijn is 1 tot en met 12 maanden' };
    throw nazorgInstellingenOngeldig([issue]);
  }
  return instellingen;
}

/** The moment the nazorg check of a case that entered nazorg at `nazorgVanaf` falls due (Amsterdam wall clock). */
export function nazorgControleMoment(nazorgVanaf: Date, instellingen: NazorgInstellingen = STANDAARD_NAZORG): Date {
  return maandenLater(nazorgVanaf, controleerNazorgInstellingen(instellingen).nazorgMaanden);
}

/** Outcomes that mean the young person has a place (education, work, care): only those get a nazorg check when a case closes. */
export const UITKOMSTEN_MET_PLEK: ReadonlySet<UitkomstCategorie> = new Set<UitkomstCategorie>([
  'voltijd-onderwijs',
  'combinatie-leren-werken',
  'werk-zonder-startkwalificatie',
  'zorg-opvang-detentie',
]);

/**
 * When a case gets its one nazorg check: when it closes with an outcome that is a place (answers the moment the period
 * counts from); a case closed without a place (moved, ended without daytime activity, other) gets none. The nazorg
 * status before closing is the casusregisseur's own follow-up; the check comes after the case left the caseload.
 */
export function nazorgVanaf(afsluiting: { readonly op: Date; readonly uitkomst: UitkomstCategorie }): Date | undefined {
  return UITKOMSTEN_MET_PLEK.has(afsluiting.uitkomst) ? afsluiting.op : undefined;
}

export { NAZORG_RESULTATEN };
export type NazorgResultaat = (typeof NAZORG_RESULTATEN)[number];

/** A nazorg check's result is recorded once (`nazorg.al-vastgelegd`), and only once it fell due (`nazorg.niet-aan-de-beurt`). */
export function eisNazorgcontroleVastleggen(controle: { readonly gevuurdOp: Date | null; readonly resultaat: string | null }): void {
  if (controle.resultaat !== null) throw nazorgcontroleConflict('nazorg.al-vastgelegd', 'De nazorgcontrole is al vastgelegd');
  if (controle.gevuurdOp === null) throw nazorgcontroleConflict('nazorg.niet-aan-de-beurt', 'De nazorgcontrole is nog niet aan de beurt');
}
