import { addDays, endOfLocalDate, IsoDate, localDateOf } from '@sluitend/domain-nl';

/**
 * Signal 5b of DOMAIN.md "Overstap": after an uitschrijving without startkwalificatie a personal deadline opens; when
 * no inschrijving starts after the uitschrijving and within the window (`HERINSCHRIJVING_TERMIJN_WEKEN`, default 4
 * weeks), the student is signalled once at its end. A new inschrijving or a switch starting within the window closes
 * it before it fires; the check at its end also covers one registered ahead of time.
 */
export const GEEN_HERINSCHRIJVING = 'geen-herinschrijving';

/** The last day on which an inschrijving closes the window. */
export const herinschrijvingUiterlijk = (uitgeschrevenPer: IsoDate, termijnWeken: number): IsoDate => addDays(uitgeschrevenPer, 7 * termijnWeken);

/** Due at the end of that day, Europe/Amsterdam. */
export const herinschrijvingDueAt = (uiterlijk: IsoDate): Date => endOfLocalDate(uiterlijk);

/** Whether an inschrijving starting on `ingeschrevenPer` closes the window that ends at `dueAt` (it starts within it). */
export const sluitHerinschrijvingstermijn = (ingeschrevenPer: IsoDate, dueAt: Date): boolean => ingeschrevenPer <= localDateOf(dueAt);

/** The window's length in whole weeks, as the signal reports it. */
export const termijnWeken = (uitgeschrevenPer: IsoDate, dueAt: Date): number =>
  Math.round((dueAt.getTime() - new Date(`${uitgeschrevenPer}T00:00:00Z`).getTime()) / (7 * 86_400_000));

/** A student's inschrijving, as far as the window is concerned. */
export type Inschrijvingsverloop = {
  ingeschrevenPer: IsoDate;
  uitgeschrevenPer: IsoDate | null;
  status: 'ingeschreven' | 'uitgeschreven' | 'geswitcht';
};

/**
 * At the end of the window: the student's last uitschrijving and the window's length, when no inschrijving started
 * after it and on or before the window's last day; null when there is nothing to signal.
 */
export function geenHerinschrijving(
  inschrijvingen: readonly Inschrijvingsverloop[],
  dueAt: Date,
): { uitgeschrevenPer: IsoDate; termijnWeken: number } | null {
  const uitschrijvingen = inschrijvingen.flatMap((i) => (i.status === 'uitgeschreven' && i.uitgeschrevenPer ? [i.uitgeschrevenPer] : []));
  if (uitschrijvingen.length === 0) return null;
  const laatste = uitschrijvingen.reduce((a, b) => (a > b ? a : b));
  const einde = localDateOf(dueAt);
  if (inschrijvingen.some((i) => i.ingeschrevenPer > laatste && i.ingeschrevenPer <= einde)) return null;
  return { uitgeschrevenPer: laatste, termijnWeken: termijnWeken(laatste, dueAt) };
}
