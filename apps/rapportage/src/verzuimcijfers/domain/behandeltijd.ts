import { kalenderdagen } from '../../doorlooptijden/domain/doorlooptijd';

/** A melding's lifecycle as the projection holds it: its current status and when it reached each step (epoch ms). */
export interface Levensloop {
  readonly geregistreerdMs: number;
  readonly inBehandelingMs: number | null;
  readonly afgeslotenMs: number | null;
  readonly terKennisgevingMs: number | null;
  readonly ingetrokken: boolean;
}

/** DUO's statuses in their order (the columns of "per soort en status"). */
export const MELDINGSTATUSSEN = [
  { code: 'geregistreerd', label: 'geregistreerd' },
  { code: 'in-behandeling', label: 'in behandeling' },
  { code: 'afgesloten', label: 'afgesloten' },
  { code: 'ter-kennisgeving-aangenomen', label: 'ter kennisgeving aangenomen' },
  { code: 'ingetrokken', label: 'ingetrokken' },
] as const;

/** Which steps a melding reached (what its status follows from). */
export interface Stappen {
  readonly inBehandeling: boolean;
  readonly afgesloten: boolean;
  readonly terKennisgeving: boolean;
  readonly ingetrokken: boolean;
}

export function stappen(m: Levensloop): Stappen {
  return {
    inBehandeling: m.inBehandelingMs !== null,
    afgesloten: m.afgeslotenMs !== null,
    terKennisgeving: m.terKennisgevingMs !== null,
    ingetrokken: m.ingetrokken,
  };
}

/** The index in MELDINGSTATUSSEN of the steps reached: the statuses run one way, the furthest reached counts. */
export function statusVan(s: Stappen): number {
  if (s.ingetrokken) return 4;
  if (s.terKennisgeving) return 3;
  if (s.afgesloten) return 2;
  if (s.inBehandeling) return 1;
  return 0;
}

/** The index in MELDINGSTATUSSEN of where the melding stands. */
export function statusIndex(m: Levensloop): number {
  return statusVan(stappen(m));
}

/**
 * Classes of the time to handling in calendar days (Europe/Amsterdam; the day of registration is day 0), then the
 * meldingen without that time: still waiting, or ended another way. Every melding falls in exactly one column, so a
 * row of these tables counts the same meldingen as the row of its kind in "per soort en status".
 */
export const DAGEN_KLASSEN = [
  { code: '0-2-dagen', label: 'binnen 2 dagen' },
  { code: '3-7-dagen', label: '3–7 dagen' },
  { code: '8-14-dagen', label: '8–14 dagen' },
  { code: '15-28-dagen', label: '15–28 dagen' },
  { code: 'meer-dan-28-dagen', label: 'meer dan 28 dagen' },
] as const;

export const TOT_IN_BEHANDELING_KOLOMMEN = [
  ...DAGEN_KLASSEN,
  { code: 'nog-niet', label: 'nog niet in behandeling' },
  { code: 'niet-in-behandeling', label: 'niet in behandeling genomen' },
] as const;

export const TOT_AFGESLOTEN_KOLOMMEN = [
  ...DAGEN_KLASSEN,
  { code: 'nog-open', label: 'nog open' },
  { code: 'anders-beeindigd', label: 'anders beëindigd' },
] as const;

/** The class of a number of calendar days (0–2, 3–7, 8–14, 15–28, more). */
export function dagenKlasse(dagen: number): number {
  return dagen <= 2 ? 0 : dagen <= 7 ? 1 : dagen <= 14 ? 2 : dagen <= 28 ? 3 : 4;
}

/** Calendar days from registration to the first time in behandeling; null when it never went (yet). */
export function dagenTotInBehandeling(m: Levensloop): number | null {
  return m.inBehandelingMs === null ? null : Math.max(0, kalenderdagen(m.geregistreerdMs, m.inBehandelingMs));
}

/** Calendar days from registration to afgesloten (with a DUO closing reason); null when not afgesloten. */
export function dagenTotAfgesloten(m: Levensloop): number | null {
  return m.afgeslotenMs === null ? null : Math.max(0, kalenderdagen(m.geregistreerdMs, m.afgeslotenMs));
}

/**
 * The column of TOT_IN_BEHANDELING_KOLOMMEN of a melding with this status and days to in behandeling (null: never):
 * a class, still geregistreerd, or ended without in behandeling.
 */
export function inBehandelingKolom(status: number, dagen: number | null): number {
  if (dagen !== null) return dagenKlasse(dagen);
  return status === 0 ? DAGEN_KLASSEN.length : DAGEN_KLASSEN.length + 1;
}

/** The column of TOT_AFGESLOTEN_KOLOMMEN: a class, still open (geregistreerd or in behandeling), or ended otherwise. */
export function afgeslotenKolom(status: number, dagen: number | null): number {
  if (dagen !== null) return dagenKlasse(dagen);
  return status <= 1 ? DAGEN_KLASSEN.length : DAGEN_KLASSEN.length + 1;
}

export function totInBehandelingKolom(m: Levensloop): number {
  return inBehandelingKolom(statusIndex(m), dagenTotInBehandeling(m));
}

export function totAfgeslotenKolom(m: Levensloop): number {
  return afgeslotenKolom(statusIndex(m), dagenTotAfgesloten(m));
}
