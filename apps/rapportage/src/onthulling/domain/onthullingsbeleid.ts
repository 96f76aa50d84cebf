import { ongeldigBeleid } from './onthulling.errors';

/**
 * What happens to a zero count:
 * - `tonen` (default): zeros are published and never suppressed. A zero describes nobody, and sparse tables (a school's
 *   destinations over a dozen categories) would otherwise lose most of their cells. A reader then knows that every
 *   suppressed count is at least 1, and the secondary suppression takes that knowledge into account.
 * - `onderdrukken`: zeros count as small cells too (for tables where "nobody" is itself sensitive). A reader then only
 *   knows a suppressed count is at least 0.
 */
export type NulBeleid = 'tonen' | 'onderdrukken';

/** The small-cell rule for anything that leaves the organisation (DOMAIN.md "Rapportage": counts below 5). */
export interface OnthullingsBeleid {
  /** Counts below this are suppressed (primary suppression). Configurable; default 5. */
  readonly drempel: number;
  readonly nullen: NulBeleid;
}

export const STANDAARD_DREMPEL = 5;

export const STANDAARD_BELEID: OnthullingsBeleid = { drempel: STANDAARD_DREMPEL, nullen: 'tonen' };

/** A checked policy from configuration; the defaults fill what is not given. */
export function onthullingsbeleid(invoer: Partial<OnthullingsBeleid> = {}): OnthullingsBeleid {
  const drempel = invoer.drempel ?? STANDAARD_DREMPEL;
  if (!Number.isInteger(drempel) || drempel < 1 || drempel > 1000) {
    throw ongeldigBeleid('drempel', 'drempel.bereik', 'Drempel moet een geheel getal van 1 tot en met 1000 zijn');
  }
  const nullen = invoer.nullen ?? 'tonen';
  if (nullen !== 'tonen' && nullen !== 'onderdrukken') {
    throw ongeldigBeleid('nullen', 'nullen.keuze', 'Nullen moet "tonen" of "onderdrukken" zijn');
  }
  return { drempel, nullen };
}

/** Primary suppression: a count below the threshold; a zero only when the policy says so. */
export function isPrimairOnderdrukt(waarde: number, beleid: OnthullingsBeleid): boolean {
  return waarde < beleid.drempel && (waarde > 0 || beleid.nullen === 'onderdrukken');
}

/**
 * What every reader knows about a suppressed count without looking at the table: its lower bound. With zeros shown a
 * suppressed cell is never 0, so at least 1; with zeros suppressed, at least 0. A suppressed cell whose value equals
 * this bound can only be "moved" upwards by a reader trying alternatives, which the protection check respects.
 */
export function ondergrens(beleid: OnthullingsBeleid): number {
  return beleid.nullen === 'tonen' ? 1 : 0;
}
