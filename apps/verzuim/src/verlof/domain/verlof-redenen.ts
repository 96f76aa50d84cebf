/**
 * The kinds of verlof the Leerplichtwet 1969 allows (DOMAIN.md; domain-sources §3.2):
 * - `vakantieverlof` (art. 13a, 11 f): the specific nature of a parent's work makes a family holiday in the school
 *   vacations impossible; with an employer's statement; at most once per schooljaar, at most 10 school days, never in
 *   the first two lesweken of the schooljaar; the head of the school decides. There is no vakantieverlof beyond 10 days.
 * - `gewichtige-omstandigheden` (art. 11 g, 14): circumstances beyond the will of student and parents; up to 10 school
 *   days per schooljaar the head decides, beyond that the leerplichtambtenaar (having heard the head).
 * - `religieuze-verplichting` (art. 11 e, 13): no request but a notice to the head at least two days before.
 */
export type VerlofSoort = 'vakantieverlof' | 'gewichtige-omstandigheden' | 'religieuze-verplichting';

/**
 * Gewichtige omstandigheden as the common guidance lists them (the schools' and gemeenten's "richtlijnen", e.g.
 * Leerplichtwet art. 14 guidance published by schools), with the usual maximum of school days where it gives one.
 * A vacation is never one. `andere` is left to the head's (or leerplichtambtenaar's) judgement.
 */
export type GewichtigeOmstandigheid =
  | 'wettelijke-verplichting'
  | 'verhuizing'
  | 'huwelijk-familie'
  | 'ernstige-ziekte-familie'
  | 'overlijden-familie-eerste-graad'
  | 'overlijden-familie-tweede-graad'
  | 'overlijden-familie-derde-vierde-graad'
  | 'jubileum-ouders-grootouders'
  | 'andere';

/** The guidance's usual maximum per circumstance (`null`: in consultation). A guideline, not law: exceeding it is a note for the decider. */
export const RICHTLIJN_MAX_DAGEN: Readonly<Record<GewichtigeOmstandigheid, number | null>> = {
  'wettelijke-verplichting': null,
  verhuizing: 1,
  'huwelijk-familie': 2,
  'ernstige-ziekte-familie': null,
  'overlijden-familie-eerste-graad': 4,
  'overlijden-familie-tweede-graad': 2,
  'overlijden-familie-derde-vierde-graad': 1,
  'jubileum-ouders-grootouders': 1,
  andere: null,
};
