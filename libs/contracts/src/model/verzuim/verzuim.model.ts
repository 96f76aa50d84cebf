import { ONDERWIJSTYPEN } from '../overstap/dossier.model';

/** The kinds of education a student follows at the school that reports absence (po, the vo types of overstap, mbo). */
export const VERZUIM_ONDERWIJSTYPEN = ['po', ...ONDERWIJSTYPEN, 'mbo'] as const;
export type VerzuimOnderwijstype = (typeof VERZUIM_ONDERWIJSTYPEN)[number];

/** DUO's kinds of verzuimmelding; `overig` is only ever made by hand (DOMAIN.md "Verzuim"). */
export const VERZUIMSOORTEN = ['zestien-uur', 'langdurig-relatief', 'luxe', 'rmc', 'overig'] as const;
export type Verzuimsoort = (typeof VERZUIMSOORTEN)[number];

/** Who must act on a melding: the leerplichtambtenaar of the woongemeente (under 18) or the RMC of the woonregio. */
export const MELDING_ONTVANGERS = ['leerplichtambtenaar', 'rmc'] as const;

export const MELDING_STATUSSEN = ['geregistreerd', 'in-behandeling', 'afgesloten', 'ter-kennisgeving-aangenomen', 'ingetrokken'] as const;

/** The vacation regions of the national advice. */
export const LANDELIJKE_VAKANTIEREGIOS = ['noord', 'midden', 'zuid'] as const;

/** The steps of a melding's lifecycle (DUO statuses) and who takes them: the school withdraws, the behandelaar handles. */
export const MELDING_ACTIES = ['in-behandeling-nemen', 'ter-kennisgeving-aannemen', 'afsluiten', 'intrekken'] as const;

/** DUO's seven reasons to close a melding. */
export const SLUITREDENEN = [
  'terug-naar-school',
  'inschrijving-beeindigd-andere-opleiding',
  'inschrijving-beeindigd-werk',
  'inschrijving-beeindigd-overig',
  'inschrijving-beeindigd-overleden',
  'geen-verzuim-langdurig-ziek',
  'geen-verzuim-legitiem-afwezig',
] as const;

/** The Methodische Aanpak Schoolverzuim: five phases and four routes. */
export const MAS_FASEN = ['waarnemen', 'analyseren', 'plannen', 'handelen', 'evalueren'] as const;
export const MAS_ROUTES = ['vrijwillige-hulp', 'halt', 'verplicht-kader', 'proces-verbaal'] as const;

/** The kinds of verlof the Leerplichtwet allows (art. 11 e–g, 13, 13a, 14). */
export const VERLOFSOORTEN = ['vakantieverlof', 'gewichtige-omstandigheden', 'religieuze-verplichting'] as const;
export type VerlofSoortCode = (typeof VERLOFSOORTEN)[number];
/** Gewichtige omstandigheden as the common guidance (art. 14) lists them; `andere` is left to the decider. */
export const GEWICHTIGE_OMSTANDIGHEDEN = [
  'wettelijke-verplichting',
  'verhuizing',
  'huwelijk-familie',
  'ernstige-ziekte-familie',
  'overlijden-familie-eerste-graad',
  'overlijden-familie-tweede-graad',
  'overlijden-familie-derde-vierde-graad',
  'jubileum-ouders-grootouders',
  'andere',
] as const;
/** A verlof request: asked, granted, refused — or a religious obligation, only a notice (gemeld). */
export const VERLOF_STATUSSEN = ['aangevraagd', 'verleend', 'geweigerd', 'gemeld'] as const;
/** Who decides: the head of the school (up to 10 school days a year), the leerplichtambtenaar (beyond), nobody (a notice). */
export const VERLOF_BESLISSERS = ['directeur', 'leerplichtambtenaar', 'geen'] as const;
