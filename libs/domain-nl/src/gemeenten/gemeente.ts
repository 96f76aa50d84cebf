/**
 * An RMC region (Doorstroompunt-regio), e.g. `{ code: 'MC03', nummer: 3, naam: 'Centraal en Westelijk Groningen' }`.
 */
export interface RmcRegio {
  readonly code: string;
  readonly nummer: number;
  /** DUO spelling. */
  readonly naam: string;
}

/** A current Dutch gemeente (CBS municipal division in force since 1 January 2023). */
export interface Gemeente {
  /** CBS code, `GM` + 4 digits. */
  readonly code: string;
  /** CBS spelling, e.g. `'s-Gravenhage`, `Bergen (NH.)`. */
  readonly naam: string;
  readonly provincie: string;
  /**
   * The RMC region of this woongemeente, or `undefined` when the data has no confirmed region code: the nine
   * gemeenten of the Arnhem region (split off region 14 in 2021; DUO number 41, no CBS `MC` code seen). Callers
   * decide what to do (e.g. route by `rmcRegioNaam`, or to a configured fallback).
   */
  readonly rmcRegio: RmcRegio | undefined;
  /** DUO name of the region; present also when the code is unknown (`Arnhem`). */
  readonly rmcRegioNaam: string;
  /** Source tags from the data file, e.g. `DUO-BO-2026`, `DUO-code-41`. */
  readonly bron: readonly string[];
}
