import { Kalender } from './kalender';

/** The 16-uur rule counts over "vier opeenvolgende lesweken" (Leerplichtwet art. 21): weeks without lessons don't count. */
export const LESWEKEN_IN_VENSTER = 4;

/**
 * The first day of the window of `aantal` consecutive lesweken that ends with the lesweek of `dag`: the first lesdag
 * of lesweek `lesweek(dag) - aantal + 1` (or of the first lesweek the calendar knows). `dag` must lie in a lesweek.
 */
export function vensterBegin(kalender: Kalender, dag: number, aantal: number = LESWEKEN_IN_VENSTER): number {
  const eerste = Math.max(0, kalender.lesweek[dag] - aantal + 1);
  return kalender.eersteLesdagVanLesweek[eerste];
}

/**
 * Whether `dag` lies inside the window of `aantal` consecutive lesweken that ends with the lesweek of `totDag`.
 * Days in weeks without lessons lie in no window.
 */
export function inVenster(kalender: Kalender, dag: number, totDag: number, aantal: number = LESWEKEN_IN_VENSTER): boolean {
  const week = kalender.lesweek[dag];
  const tot = kalender.lesweek[totDag];
  return week >= 0 && week <= tot && week > tot - aantal;
}
