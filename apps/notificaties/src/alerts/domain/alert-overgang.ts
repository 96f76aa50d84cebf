import { AlertStatus } from '@sluitend/contracts';

export type AlertActie = 'gezien' | 'opgepakt' | 'afgehandeld';

/**
 * The inbox lifecycle: nieuw → gezien → opgepakt → afgehandeld. Picking up may skip gezien, and an opgepakt alert may
 * be handed to another colleague (opgepakt again); afgehandeld is final. An alert can only be closed by whoever's
 * organisation has picked it up, so nothing is closed unseen.
 */
const TOEGESTAAN: Record<AlertStatus, readonly AlertActie[]> = {
  nieuw: ['gezien', 'opgepakt'],
  gezien: ['opgepakt'],
  opgepakt: ['opgepakt', 'afgehandeld'],
  afgehandeld: [],
};

export const toegestaneActies = (status: AlertStatus): readonly AlertActie[] => TOEGESTAAN[status];

export const magOvergaan = (status: AlertStatus, actie: AlertActie): boolean => TOEGESTAAN[status].includes(actie);

/** Marking an alert gezien again is harmless: it changes nothing and is no conflict. */
export const isHerhaaldGezien = (status: AlertStatus, actie: AlertActie): boolean => actie === 'gezien' && status !== 'nieuw';
