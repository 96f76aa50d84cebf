/**
 * The words of trajecten's screening and trajectplan (DOMAIN.md "Trajecten"), defined once: the rules in
 * apps/trajecten/src/{screening,overdrachten,trajectplannen}/domain use these lists.
 */

/** The life domains a screening covers (DOMAIN.md; seed 002 §5B–C). */
export const LEEFDOMEINEN = [
  'school',
  'werk',
  'inkomen-schulden',
  'huisvesting',
  'gezondheid-psychisch',
  'sociaal-netwerk',
  'verslaving',
  'justitie',
  'dagbesteding',
] as const;

/** The four skills screened and monitored (seed 002 §5D): learning, school, work, daytime activity. */
export const VAARDIGHEDEN = ['leren', 'school', 'arbeid', 'dagbesteding'] as const;

/** The routes after screening and netwerkoverleg (seed 002 §4, seed 003, seed 004). */
export const ROUTES = ['onderwijs', 'arbeid', 'zorg-dagbesteding'] as const;

/** A trajectplan's statuses: drafted, agreed, done or stopped. */
export const PLAN_STATUSSEN = ['concept', 'actief', 'afgerond', 'gestopt'] as const;

/** The status steps of a trajectplan. */
export const PLAN_ACTIES = ['vaststellen', 'afronden', 'stoppen'] as const;

export const DOEL_STATUSSEN = ['open', 'behaald', 'niet-behaald', 'vervallen'] as const;

export const ACTIE_STATUSSEN = ['open', 'gedaan', 'vervallen'] as const;

/** The legal frames of extra support named in seed 002 §5E. */
export const ONDERSTEUNING_KADERS = ['passend-onderwijs', 'vsv-rmc', 'jeugdwet', 'wmo', 'participatiewet'] as const;

/** The organisations that may own an action of a trajectplan (a token's org types, without ops). */
export const PLAN_ORGANISATIE_TYPES = ['vo-school', 'mbo-instelling', 'gemeente', 'rmc-regio', 'partner'] as const;
