import { uren } from '../../doorlooptijden/domain/doorlooptijd';
import { Periode, binnen, periodeMs } from '../../doorlooptijden/domain/periode';
import { Duursamenvatting, samenvatting } from '../../doorlooptijden/domain/samenvatting';
import { Kruistabel } from '../../onthulling/domain/kruistabel';
import { Alertenstand, Alertstand } from './alertstand';

/** Alerts created in the period, by organisation (`rmc-regio:MC16`) or by signal type, optionally of one organisation type. */
export interface AlertSelectie {
  readonly periode: Periode;
  readonly dimensie: 'organisatie' | 'signaaltype';
  readonly organisatieType?: 'rmc-regio' | 'vo-school' | 'mbo-instelling' | 'gemeente';
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

function reactietijdKlasse(u: number | null): number {
  if (u === null) return 4;
  return u < 4 ? 0 : u < 24 ? 1 : u <= 72 ? 2 : 3;
}

function sleutel(alert: Alertstand, selectie: AlertSelectie): string | null {
  const { organisatie, signaalType } = alert.aangemaakt;
  if (selectie.organisatieType !== undefined && organisatie.type !== selectie.organisatieType) return null;
  if (selectie.organisatie !== undefined && (organisatie.type !== selectie.organisatie.type || organisatie.code !== selectie.organisatie.code)) {
    return null;
  }
  return selectie.dimensie === 'organisatie' ? alert.organisatie : signaalType;
}

/** Rows keyed by organisation or signal type, sorted; one pass. */
function perRij(stand: Alertenstand, selectie: AlertSelectie, kolommen: number, kolomVan: (alert: Alertstand) => number): Map<string, number[]> {
  const periode = periodeMs(selectie.periode);
  const rijen = new Map<string, number[]>();
  for (const alert of stand.alerts.values()) {
    if (!binnen(alert.aangemaaktMs, periode)) continue;
    const rijsleutel = sleutel(alert, selectie);
    if (rijsleutel === null) continue;
    let rij = rijen.get(rijsleutel);
    if (rij === undefined) {
      rij = new Array<number>(kolommen).fill(0);
      rijen.set(rijsleutel, rij);
    }
    rij[kolomVan(alert)]++;
  }
  return rijen;
}

function alsTabel(rijen: Map<string, number[]>, kolommen: readonly { label: string }[]): Kruistabel {
  const sleutels = [...rijen.keys()].sort();
  return { rijen: sleutels, kolommen: kolommen.map((k) => k.label), cellen: sleutels.map((s) => rijen.get(s) as number[]) };
}

/** Alerts created in the period by where they stand now and whether they were escalated (row totals: created). */
export function alertsPerStand(stand: Alertenstand, selectie: AlertSelectie): Kruistabel {
  const kolomVan = (alert: Alertstand): number =>
    (alert.afgehandeldMs !== null ? 2 : alert.opgepaktMs !== null ? 1 : 0) + (alert.geescaleerd ? 3 : 0);
  return alsTabel(perRij(stand, selectie, ALERT_STANDEN.length, kolomVan), ALERT_STANDEN);
}

/** Time from creation to pick-up (`opgepakt`) or to handling (`afgehandeld`), in classes. */
export function reactietijden(stand: Alertenstand, selectie: AlertSelectie, stap: 'opgepakt' | 'afgehandeld'): Kruistabel {
  const kolomVan = (alert: Alertstand): number => {
    const ms = stap === 'opgepakt' ? alert.opgepaktMs : alert.afgehandeldMs;
    return reactietijdKlasse(ms === null ? null : uren(alert.aangemaaktMs, ms));
  };
  return alsTabel(perRij(stand, selectie, REACTIETIJD_KLASSEN.length, kolomVan), REACTIETIJD_KLASSEN);
}

/** Per row: count, median and p90 of the hours to pick-up and to handling (withheld under `drempel` durations). */
export function reactietijdSamenvatting(
  stand: Alertenstand,
  selectie: AlertSelectie,
  drempel: number | null = null,
): Map<string, { opgepakt: Duursamenvatting; afgehandeld: Duursamenvatting }> {
  const periode = periodeMs(selectie.periode);
  const duren = new Map<string, { opgepakt: number[]; afgehandeld: number[] }>();
  for (const alert of stand.alerts.values()) {
    if (!binnen(alert.aangemaaktMs, periode)) continue;
    const rijsleutel = sleutel(alert, selectie);
    if (rijsleutel === null) continue;
    let rij = duren.get(rijsleutel);
    if (rij === undefined) {
      rij = { opgepakt: [], afgehandeld: [] };
      duren.set(rijsleutel, rij);
    }
    if (alert.opgepaktMs !== null) rij.opgepakt.push(uren(alert.aangemaaktMs, alert.opgepaktMs));
    if (alert.afgehandeldMs !== null) rij.afgehandeld.push(uren(alert.aangemaaktMs, alert.afgehandeldMs));
  }
  const uit = new Map<string, { opgepakt: Duursamenvatting; afgehandeld: Duursamenvatting }>();
  for (const s of [...duren.keys()].sort()) {
    const rij = duren.get(s) as { opgepakt: number[]; afgehandeld: number[] };
    uit.set(s, { opgepakt: samenvatting(rij.opgepakt, drempel), afgehandeld: samenvatting(rij.afgehandeld, drempel) });
  }
  return uit;
}
