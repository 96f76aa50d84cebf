import { GepubliceerdeKruistabel, ongefilterd } from '../../onthulling/domain/kruistabel';
import { onderdrukGekoppeld } from '../../onthulling/domain/onderdruk-gekoppeld';
import { OnthullingsBeleid } from '../../onthulling/domain/onthullingsbeleid';
import { Alertgroep, alertsPerStand, reactietijden } from './alertcijfers';

export interface GepubliceerdeAlertcijfers {
  readonly stand: GepubliceerdeKruistabel;
  readonly opgepakt: GepubliceerdeKruistabel;
  readonly afgehandeld: GepubliceerdeKruistabel;
}

/**
 * The alert figures of a selection: the three tables count the same alerts per row (their row totals: alerts created),
 * so outside the organisation they are suppressed together.
 */
export function alertcijfers(groepen: readonly Alertgroep[], beleid: OnthullingsBeleid | null): GepubliceerdeAlertcijfers {
  const tabellen = [alertsPerStand(groepen), reactietijden(groepen, 'opgepakt'), reactietijden(groepen, 'afgehandeld')];
  const [stand, opgepakt, afgehandeld] =
    beleid === null
      ? tabellen.map(ongefilterd)
      : onderdrukGekoppeld(
          tabellen.map((tabel) => ({ tabel, gedeeld: 'rijen' as const })),
          beleid,
        );
  return { stand, opgepakt, afgehandeld };
}
