/*
 * The facts trajecten figures are computed from, shaped as the events trajecten will publish (they do not exist in
 * libs/contracts yet; when they land, the projections map them onto these one to one). Codes and pseudonymous ids
 * only. Times are ISO 8601 instants with offset.
 */

/**
 * Outcome categories of the RMC effectrapportage (DOMAIN.md "Trajecten"; domain-sources.md §3.7), with the codes the
 * trajecten service closes cases with (apps/trajecten/src/uitkomsten/domain/uitkomst.ts; repeated here because a
 * service never imports another — they move to libs/contracts with trajecten's events).
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

export type Uitkomst = (typeof UITKOMSTEN)[number]['code'];

/** Where a case came from: a DUO report (A01, region list), a platform signal, a school, the young person, a partner. */
export const SIGNAALBRONNEN = [
  { code: 'duo', label: 'DUO-melding' },
  { code: 'signaal', label: 'signaal van het platform' },
  { code: 'school', label: 'school' },
  { code: 'jongere', label: 'de jongere zelf' },
  { code: 'partner', label: 'partner' },
] as const;

export type Signaalbron = (typeof SIGNAALBRONNEN)[number]['code'];

/** trajecten.traject.geopend: a case opened on a signal or DUO report received at `signaalOp`. */
export interface TrajectGeopend {
  readonly type: 'trajecten.traject.geopend';
  readonly trajectId: string;
  readonly bron: Signaalbron;
  readonly rmcRegio: string;
  readonly woongemeente: string;
  readonly signaalOp: string;
  readonly geopendOp: string;
}

/** trajecten.contact.gelegd: contact with the young person (the first one counts for timeliness). */
export interface ContactGelegd {
  readonly type: 'trajecten.contact.gelegd';
  readonly trajectId: string;
  readonly wijze: 'brief' | 'telefoon' | 'huisbezoek' | 'opsporing' | 'anders';
  readonly op: string;
}

/** trajecten.intake.gehouden: the intake (screening on all life domains) took place. */
export interface IntakeGehouden {
  readonly type: 'trajecten.intake.gehouden';
  readonly trajectId: string;
  readonly op: string;
}

/** trajecten.casusregisseur.toegewezen: the case has a (new) casusregisseur, a pseudonymous staff id. */
export interface CasusregisseurToegewezen {
  readonly type: 'trajecten.casusregisseur.toegewezen';
  readonly trajectId: string;
  readonly medewerkerId: string;
  readonly op: string;
}

/** trajecten.traject.afgesloten: the case closed with an outcome (nothing closes without one). */
export interface TrajectAfgesloten {
  readonly type: 'trajecten.traject.afgesloten';
  readonly trajectId: string;
  readonly uitkomst: Uitkomst;
  readonly op: string;
}

/** trajecten.programma.gestart / beeindigd: the young person took part in a programme (RMC+, a work-learning track …). */
export interface ProgrammaGestart {
  readonly type: 'trajecten.programma.gestart';
  readonly trajectId: string;
  readonly programma: string;
  readonly op: string;
}

/**
 * A participant's result when leaving a programme, with the trajecten service's codes
 * (apps/trajecten/src/programmas/domain/deelname.ts, from the results the seeds report per programme).
 */
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
] as const;

export type ProgrammaResultaat = (typeof PROGRAMMA_RESULTATEN)[number]['code'];

export interface ProgrammaBeeindigd {
  readonly type: 'trajecten.programma.beeindigd';
  readonly trajectId: string;
  readonly programma: string;
  readonly resultaat: ProgrammaResultaat;
  readonly op: string;
}

export type Trajectgebeurtenis =
  TrajectGeopend | ContactGelegd | IntakeGehouden | CasusregisseurToegewezen | TrajectAfgesloten | ProgrammaGestart | ProgrammaBeeindigd;

/** Who a young person reached in an outreach round was handed to (seed 001: RMC, jongerenwerk, jongerenloket). */
export const OVERDRACHT_PARTNERS = [
  { code: 'rmc', label: 'begeleiding RMC' },
  { code: 'jongerenwerk', label: 'begeleiding jongerenwerk' },
  { code: 'jongerenloket', label: 'begeleiding jongerenloket' },
  { code: 'werkplein', label: 'werkplein / sociale dienst' },
  { code: 'lokaal-team', label: 'lokaal team' },
  { code: 'anders', label: 'andere partner' },
] as const;

export type OverdrachtPartner = (typeof OVERDRACHT_PARTNERS)[number]['code'];

/**
 * An outreach round to oud-vsv'ers and others out of sight (seed 001: "257 in de eerste aanschrijving, waarop er 160
 * jongeren in beeld zijn gebracht"): written to, reacted themselves, reached by the RMC (phone, home visit), in sight,
 * handed to a partner.
 */
export type Benadergebeurtenis =
  | { readonly type: 'trajecten.benadering.aangeschreven'; readonly rondeId: string; readonly jongereId: string; readonly op: string }
  | { readonly type: 'trajecten.benadering.gereageerd'; readonly rondeId: string; readonly jongereId: string; readonly op: string }
  | {
      readonly type: 'trajecten.benadering.bereikt';
      readonly rondeId: string;
      readonly jongereId: string;
      readonly wijze: 'telefoon' | 'huisbezoek' | 'anders';
      readonly op: string;
    }
  | { readonly type: 'trajecten.benadering.in-beeld'; readonly rondeId: string; readonly jongereId: string; readonly op: string }
  | {
      readonly type: 'trajecten.benadering.overgedragen';
      readonly rondeId: string;
      readonly jongereId: string;
      readonly aan: OverdrachtPartner;
      readonly op: string;
    };
