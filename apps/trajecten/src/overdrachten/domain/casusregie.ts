import type { Triage } from '../../casussen/domain/casus';
import { CasusStatus, isOpen } from '../../casussen/domain/casus-status';
import { OrganisatieRef } from '../../shared/organisatie';
import { regieOngeldig } from './overdrachten.errors';

/**
 * The casusregisseur is the young person's first point of contact, connects the right parties, sees that agreements
 * are kept and closes the case (seed 003, "Onder regie en casusregie wordt verstaan"); for complex cases on several
 * life domains that regisseur is a klantmanager (seed 003 §4, "die we voor het onderscheid aanduiden met klantmanager").
 */
export type RegieRol = 'casusregisseur' | 'klantmanager';

export interface Regisseur {
  readonly organisatie: OrganisatieRef;
  /** The user (token `sub`); `null` while the organisation has not yet named someone (a case just opened from a signal). */
  readonly gebruiker: string | null;
  readonly rol: RegieRol;
}

/**
 * The invariant of an open case's regie: exactly one regisseur (`regie.geen-regisseur`, `regie.meerdere-regisseurs`);
 * a named user once the case is past `aangemeld` (`regie.gebruiker-vereist`: until then the region's coordinator
 * assigns it); a klantmanager when the netwerkoverleg triaged the case complex (`regie.klantmanager-vereist`). A closed
 * case is not checked. All conflicts (409).
 */
export function controleerRegie(casus: { readonly status: CasusStatus; readonly triage?: Triage }, regisseurs: readonly Regisseur[]): void {
  if (!isOpen(casus.status)) return;
  if (regisseurs.length === 0) throw regieOngeldig('regie.geen-regisseur', 'Elke open casus heeft precies één casusregisseur; deze heeft er geen');
  if (regisseurs.length > 1)
    throw regieOngeldig('regie.meerdere-regisseurs', `Elke open casus heeft precies één casusregisseur; deze heeft er ${regisseurs.length}`);
  const [regisseur] = regisseurs;
  if (regisseur.gebruiker === null && casus.status !== 'aangemeld') {
    throw regieOngeldig('regie.gebruiker-vereist', 'Vanaf het eerste contact is de casusregisseur een persoon, niet alleen een organisatie');
  }
  if (casus.triage === 'complex' && regisseur.rol !== 'klantmanager') {
    throw regieOngeldig('regie.klantmanager-vereist', 'Een complexe casus (meerdere leefdomeinen) krijgt een klantmanager als regisseur');
  }
}
