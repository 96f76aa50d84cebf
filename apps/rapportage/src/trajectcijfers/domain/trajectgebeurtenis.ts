import type { DEELNAME_RESULTATEN } from '@sluitend/contracts';

/*
 * Labels for the codes trajecten's events carry (libs/contracts: trajecten.casus.afgesloten's outcome,
 * trajecten.programma.deelname-beeindigd's result). The codes themselves are the contracts'; only the words people read
 * are here.
 */

/**
 * Outcome categories of the RMC effectrapportage (DOMAIN.md "Trajecten"; domain-sources.md §3.7), in the order of
 * libs/contracts' UITKOMST_CATEGORIEEN.
 */
export const UITKOMSTEN = [
  { code: 'voltijd-onderwijs', label: 'erkende voltijdopleiding' },
  { code: 'combinatie-leren-werken', label: 'combinatie leren en werken (bbl)' },
  { code: 'werk-zonder-startkwalificatie', label: 'werk zonder startkwalificatie (≥ 12 uur per week betaald)' },
  { code: 'zorg-opvang-detentie', label: 'zorg, opvang of detentie' },
  { code: 'beeindigd-zonder-dagbesteding', label: 'beëindigd zonder reguliere dagbesteding' },
  { code: 'verhuisd-onvindbaar', label: 'verhuisd of niet traceerbaar' },
  { code: 'overig', label: 'overig' },
] as const;

/** A participant's result when leaving a programme, in the order of libs/contracts' DEELNAME_RESULTATEN. */
export const PROGRAMMA_RESULTATEN = [
  { code: 'opleiding', label: 'opleiding' },
  { code: 'werk', label: 'werk' },
  { code: 'bbl', label: 'bbl' },
  { code: 'zorg-hulpverlening', label: 'zorg of hulpverlening' },
  { code: 'ander-traject', label: 'ander traject' },
  { code: 'voortijdig-gestopt', label: 'voortijdig gestopt' },
  { code: 'niet-begonnen', label: 'niet begonnen' },
  { code: 'verhuisd', label: 'verhuisd' },
  { code: 'overig', label: 'overig' },
] as const satisfies readonly { code: (typeof DEELNAME_RESULTATEN)[number]; label: string }[];

export type ProgrammaResultaat = (typeof DEELNAME_RESULTATEN)[number];

/**
 * Organisations a round hands young people to, with their words (seed 001: begeleiding RMC, jongerenwerk,
 * jongerenloket). trajecten records the organisation as a code (these, or a partner's own code): a code not listed
 * here is shown as it is.
 */
export const OVERDRACHT_PARTNERS = [
  { code: 'rmc', label: 'begeleiding RMC' },
  { code: 'jongerenwerk', label: 'begeleiding jongerenwerk' },
  { code: 'jongerenloket', label: 'begeleiding jongerenloket' },
  { code: 'werkplein', label: 'werkplein / sociale dienst' },
  { code: 'lokaal-team', label: 'lokaal team' },
] as const;
