import { GepubliceerdeKruistabel, ongefilterd } from '../../onthulling/domain/kruistabel';
import { onderdrukGekoppeld } from '../../onthulling/domain/onderdruk-gekoppeld';
import { OnthullingsBeleid } from '../../onthulling/domain/onthullingsbeleid';
import { AlertSelectie, alertsPerStand, reactietijden } from './alertcijfers';
import { Alertenstand } from './alertstand';

export interface GepubliceerdeAlertcijfers {
  readonly selectie: AlertSelectie;
  readonly stand: GepubliceerdeKruistabel;
  readonly opgepakt: GepubliceerdeKruistabel;
  readonly afgehandeld: GepubliceerdeKruistabel;
}

/**
 * The alert figures of a selection: the three tables count the same alerts per row (their row totals: alerts created),
 * so outside the organisation they are suppressed together.
 */
export function alertcijfers(stand: Alertenstand, selectie: AlertSelectie, beleid: OnthullingsBeleid | null): GepubliceerdeAlertcijfers {
  const tabellen = [alertsPerStand(stand, selectie), reactietijden(stand, selectie, 'opgepakt'), reactietijden(stand, selectie, 'afgehandeld')];
  const [perStand, opgepakt, afgehandeld] =
    beleid === null
      ? tabellen.map(ongefilterd)
      : onderdrukGekoppeld(
          tabellen.map((tabel) => ({ tabel, gedeeld: 'rijen' as const })),
          beleid,
        );
  return { selectie, stand: perStand, opgepakt, afgehandeld };
}
