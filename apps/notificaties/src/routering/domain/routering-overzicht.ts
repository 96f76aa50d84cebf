import { RegioRouteringOverzicht, SIGNAAL_TYPES, STANDAARD_ROUTERING } from '@sluitend/contracts';
import { regioRegelSleutel, RegioRegels } from './ontvangers';

/** A region's routing per signal type: what it set itself, else the default. */
export function routeringOverzicht(rmcRegio: string, regels: RegioRegels): RegioRouteringOverzicht {
  return {
    rmcRegio,
    regels: SIGNAAL_TYPES.map((signaalType) => {
      const eigen = regels.get(regioRegelSleutel(rmcRegio, signaalType));
      return { signaalType, ontvangers: [...(eigen ?? STANDAARD_ROUTERING[signaalType])], bron: eigen ? 'regio' : 'standaard' };
    }),
  };
}
