import { Kruistabel } from '../../onthulling/domain/kruistabel';

/** Alerts created in a school year, by organisation (`rmc-regio:MC16`) or by signal type, optionally of one organisation. */
export interface AlertSelectie {
  readonly dimensie: 'organisatie' | 'signaaltype';
  /** One organisation only (its own figures). */
  readonly organisatie?: { readonly type: string; readonly code: string };
}

/** Where an alert stands, crossed with whether it was escalated: a partition of the alerts created. */
export const ALERT_STANDEN = [
  { code: 'open', label: 'open (nieuw of gezien)' },
  { code: 'opgepakt', label: 'opgepakt, niet afgehandeld' },
  { code: 'afgehandeld', label: 'afgehandeld' },
  { code: 'open-geescaleerd', label: 'open, geëscaleerd' },
  { code: 'opgepakt-geescaleerd', label: 'opgepakt na escalatie' },
  { code: 'afgehandeld-geescaleerd', label: 'afgehandeld na escalatie' },
] as const;

/** Classes of the time from creation to pick-up or to handling, in hours. */
export const REACTIETIJD_KLASSEN = [
  { code: 'binnen-4-uur', label: 'binnen 4 uur' },
  { code: '4-24-uur', label: '4–24 uur' },
  { code: '1-3-dagen', label: '1–3 dagen' },
  { code: 'meer-dan-3-dagen', label: 'meer dan 3 dagen' },
  { code: 'nog-niet', label: 'nog niet' },
] as const;

/**
 * The bounds of the classes, in hours: below `kort` the first, below `dag` the second, up to and including
 * `drieDagen` the third, above it the fourth. The repository counts by them in SQL (the figures read grouped counts,
 * not every alert of a year); `reactietijdKlasse` is the same rule for one duration.
 */
export const REACTIETIJD_GRENZEN = { kort: 4, dag: 24, drieDagen: 72 } as const;

/** The class (index in REACTIETIJD_KLASSEN) of a time in hours; null: not yet. */
export function reactietijdKlasse(u: number | null): number {
  if (u === null) return 4;
  return u < REACTIETIJD_GRENZEN.kort ? 0 : u < REACTIETIJD_GRENZEN.dag ? 1 : u <= REACTIETIJD_GRENZEN.drieDagen ? 2 : 3;
}

/**
 * A number of alerts alike in everything the tables count: the row they fall in (organisation `type:code` or signal
 * type), whether they were picked up, handled and escalated, and the classes of their times to pick-up and handling.
 */
export interface Alertgroep {
  readonly rij: string;
  readonly opgepakt: boolean;
  readonly afgehandeld: boolean;
  readonly geescaleerd: boolean;
  /** Index in REACTIETIJD_KLASSEN. */
  readonly opgepaktKlasse: number;
  readonly afgehandeldKlasse: number;
  readonly aantal: number;
}

/** Rows keyed by the groups' row, sorted; one pass over the groups. */
function perRij(groepen: readonly Alertgroep[], kolommen: readonly { label: string }[], kolomVan: (groep: Alertgroep) => number): Kruistabel {
  const rijen = new Map<string, number[]>();
  for (const groep of groepen) {
    let rij = rijen.get(groep.rij);
    if (rij === undefined) {
      rij = new Array<number>(kolommen.length).fill(0);
      rijen.set(groep.rij, rij);
    }
    rij[kolomVan(groep)] += groep.aantal;
  }
  const sleutels = [...rijen.keys()].sort();
  return { rijen: sleutels, kolommen: kolommen.map((k) => k.label), cellen: sleutels.map((s) => rijen.get(s) as number[]) };
}

/** Alerts created by where they stand now and whether they were escalated (row totals: created). */
export function alertsPerStand(groepen: readonly Alertgroep[]): Kruistabel {
  return perRij(groepen, ALERT_STANDEN, (g) => (g.afgehandeld ? 2 : g.opgepakt ? 1 : 0) + (g.geescaleerd ? 3 : 0));
}

/** Time from creation to pick-up (`opgepakt`) or to handling (`afgehandeld`), in classes. */
export function reactietijden(groepen: readonly Alertgroep[], stap: 'opgepakt' | 'afgehandeld'): Kruistabel {
  return perRij(groepen, REACTIETIJD_KLASSEN, (g) => (stap === 'opgepakt' ? g.opgepaktKlasse : g.afgehandeldKlasse));
}
