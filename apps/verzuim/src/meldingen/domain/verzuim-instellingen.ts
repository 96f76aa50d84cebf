import { VerzuimFout } from '../../shared/verzuim-fout';

/**
 * The choices the law leaves to a school or region. The legal numbers themselves (16 uur, 4 lesweken, one melding
 * per 7 days) are not settings.
 */
export interface VerzuimInstellingen {
  /** RMC-verzuim after this many weeks of absence: 4 by law, or a shorter period the school sets (1 … 4). */
  readonly rmcPeriodeWeken: number;
  /** Also report 16 uur in 4 weken for the RMC group (18–22, no startkwalificatie): a regional agreement, not law. */
  readonly zestienUurVoorRmcDoelgroep: boolean;
}

export const STANDAARD_INSTELLINGEN: VerzuimInstellingen = { rmcPeriodeWeken: 4, zestienUurVoorRmcDoelgroep: false };

export function controleerInstellingen(instellingen: VerzuimInstellingen): void {
  const { rmcPeriodeWeken } = instellingen;
  if (!Number.isInteger(rmcPeriodeWeken) || rmcPeriodeWeken < 1 || rmcPeriodeWeken > 4) {
    throw new VerzuimFout('INSTELLING_ONGELDIG', 'De RMC-periode is 1 tot en met 4 weken', 'rmcPeriodeWeken');
  }
}
