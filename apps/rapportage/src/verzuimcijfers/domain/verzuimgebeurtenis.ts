import { Schooljaar } from '@sluitend/domain-nl';

/*
 * The facts verzuim figures are computed from, shaped as the events verzuim will publish (they do not exist in
 * libs/contracts yet; when they land, the projections map them onto these one to one). Codes only: no person, no
 * reason text. Times are ISO 8601 instants with offset, as in every event.
 */

/** DUO's kinds of verzuim (DOMAIN.md "Verzuim"), plus absoluut verzuim (enrolled nowhere). */
export const VERZUIMSOORTEN = [
  { code: 'zestien-uur', label: '16 uur in 4 weken' },
  { code: 'langdurig-relatief', label: 'langdurig relatief verzuim' },
  { code: 'luxe', label: 'luxe verzuim' },
  { code: 'rmc', label: 'RMC-verzuim' },
  { code: 'overig', label: 'overig verzuim' },
  { code: 'absoluut', label: 'absoluut verzuim' },
] as const;

export type Verzuimsoort = (typeof VERZUIMSOORTEN)[number]['code'];

/** DUO's statuses of a melding since 12 August 2020. */
export const MELDINGSTATUSSEN = [
  { code: 'geregistreerd', label: 'geregistreerd' },
  { code: 'in-behandeling', label: 'in behandeling' },
  { code: 'afgesloten', label: 'afgesloten' },
  { code: 'ter-kennisgeving-aangenomen', label: 'ter kennisgeving aangenomen' },
  { code: 'ingetrokken', label: 'ingetrokken' },
] as const;

export type Meldingstatus = (typeof MELDINGSTATUSSEN)[number]['code'];

/** M@ZL's two criteria of worrying sick leave. */
export const ZIEKTEVERZUIM_GRONDEN = [
  { code: 'vier-ziekmeldingen-in-twaalf-schoolweken', label: '4 ziekmeldingen in 12 schoolweken' },
  { code: 'zevende-schooldag-ziek', label: '7e aaneengesloten schooldag ziek' },
] as const;

export type ZiekteverzuimGrond = (typeof ZIEKTEVERZUIM_GRONDEN)[number]['code'];

/** verzuim.melding.geregistreerd: a school filed a melding (or the gemeente registered absoluut verzuim). */
export interface MeldingGeregistreerd {
  readonly type: 'verzuim.melding.geregistreerd';
  readonly meldingId: string;
  readonly soort: Verzuimsoort;
  readonly schooljaar: Schooljaar;
  /** The school's BRIN and vestiging (null for absoluut verzuim: no school). */
  readonly brin: string | null;
  readonly vestiging: string | null;
  /** The woongemeente, whose leerplichtambtenaar (or RMC) handles it. */
  readonly woongemeente: string;
  readonly geregistreerdOp: string;
}

/** verzuim.melding.status-gewijzigd: the melding moved to another status. */
export interface MeldingStatusGewijzigd {
  readonly type: 'verzuim.melding.status-gewijzigd';
  readonly meldingId: string;
  readonly naar: Meldingstatus;
  readonly gewijzigdOp: string;
}

/** verzuim.ziekteverzuim.zorgwekkend: M@ZL's criterion was met for a student. */
export interface ZiekteverzuimZorgwekkend {
  readonly type: 'verzuim.ziekteverzuim.zorgwekkend';
  readonly signaalId: string;
  readonly grond: ZiekteverzuimGrond;
  readonly schooljaar: Schooljaar;
  readonly brin: string;
  readonly woongemeente: string;
  readonly datum: string;
}

export type Verzuimgebeurtenis = MeldingGeregistreerd | MeldingStatusGewijzigd | ZiekteverzuimZorgwekkend;
