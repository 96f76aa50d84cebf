/**
 * The words of trajecten's contracts (RMC case management, DOMAIN.md "Trajecten"), defined once: the rules in
 * apps/trajecten/src/<capability>/domain use these lists; what the domain derives itself (the actions of its transition
 * table, the timeliness classes) a unit spec there compares with them.
 */

/** The statuses of a case, in the order of its life; `afgewezen` and `onbereikbaar` are the resting branches. */
export const CASUS_STATUSSEN = [
  'aangemeld',
  'in-contact',
  'screening',
  'netwerkoverleg',
  'traject',
  'nazorg',
  'afgewezen',
  'onbereikbaar',
  'afgesloten',
] as const;
export type CasusStatusWaarde = (typeof CASUS_STATUSSEN)[number];

/** The steps that move a case from one status to the next (the domain's transition table decides which are allowed). */
export const CASUS_ACTIES = [
  'contact-leggen',
  'screening-starten',
  'agenderen',
  'route-toewijzen',
  'nazorg-starten',
  'terugvallen',
  'afwijzen',
  'onbereikbaar-melden',
  'afsluiten',
] as const;
export type CasusActieWaarde = (typeof CASUS_ACTIES)[number];

/** How a case came to be. */
export const CASUS_AANLEIDINGEN = ['signaal', 'duo-lijst', 'inbox-alert', 'handmatig'] as const;

/** Who asked when a case is opened by hand. */
export const HANDMATIGE_AANLEIDINGEN = ['jongere-zelf', 'school', 'partner', 'ouders', 'overig'] as const;

/** The signals about a person that may open or attach to a case. */
export const CASUS_SIGNAAL_SOORTEN = [
  'geen-herinschrijving',
  'niet-ingeschreven-teldatum',
  'negatief-bsa',
  'rmc-verzuim',
  'langdurig-relatief-verzuim',
  'aanmelding-gemist',
  'geen-levende-aanmelding',
  'uitschrijving-zonder-startkwalificatie',
] as const;
export type CasusSignaalSoort = (typeof CASUS_SIGNAAL_SOORTEN)[number];

/** A region's rule per signal kind: `opent` a case, or only `koppelt` to an open one. */
export const CASUS_REGELS = ['opent', 'koppelt'] as const;

/** The outcome categories of the RMC effectrapportage. */
export const UITKOMST_CATEGORIEEN = [
  'voltijd-onderwijs',
  'combinatie-leren-werken',
  'werk-zonder-startkwalificatie',
  'zorg-opvang-detentie',
  'beeindigd-zonder-dagbesteding',
  'verhuisd-onvindbaar',
  'overig',
] as const;

/**
 * Monthly income from work of a young person without startkwalificatie, in the classes the regions' plans count RMC
 * priority groups 2 and 3 by (seed 003: under € 300, under € 700). A class, never the amount (ADR 0028).
 */
export const INKOMENSKLASSEN = ['minder-dan-300', '300-tot-700', '700-of-meer'] as const;
export type Inkomensklasse = (typeof INKOMENSKLASSEN)[number];

/** Kinds of contact attempt (eropaf). */
export const CONTACT_SOORTEN = ['brief', 'email', 'telefoon', 'huisbezoek', 'opsporing'] as const;

/** How soon after the signal a case reached first contact and intake (effectrapportage: < 4, 4–6, > 6 weeks). */
export const TIJDIGHEID_STANDEN = ['minder-dan-4-weken', '4-tot-en-met-6-weken', 'meer-dan-6-weken', 'nog-niet'] as const;
