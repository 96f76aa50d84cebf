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
