import { IsoDate, Verantwoordelijke } from '@sluitend/domain-nl';
import { Ontvanger } from '../../leerlingen/domain/wie-handelt';

/** The kinds of verzuimmelding DUO knows; `overig` is only ever made by hand (DOMAIN.md "Verzuim"). */
export type VerzuimSoort = 'zestien-uur' | 'langdurig-relatief' | 'luxe' | 'rmc' | 'overig';

/** DUO's names of the kinds, for the export. */
export const DUO_VERZUIMSOORT: Readonly<Record<VerzuimSoort, string>> = {
  'zestien-uur': '16 uur in 4 weken',
  'langdurig-relatief': 'Langdurig relatief verzuim',
  luxe: 'Luxe verzuim',
  rmc: 'RMC-verzuim',
  overig: 'Overig verzuim',
};

/**
 * A melding the rules say is due, with the DUO fields a rule can know (Besluit verzuimmelding: begin- and einddatum,
 * soort, verzuimuren/-dagen, alle lessen gemist). The school adds the rest (vermoedelijke reden, ondernomen actie,
 * actie gemeente gewenst, leslocatie, melder) when it files the melding.
 */
export interface BerekendeMelding {
  readonly soort: Exclude<VerzuimSoort, 'overig'>;
  /** First day of absence counted. */
  readonly startdatum: IsoDate;
  /** The day the melding became due (16 uur reached, the period passed, the last day next to the vacation). */
  readonly einddatum: IsoDate;
  /** Lesuren ongeoorloofd from start through end. */
  readonly urenGemist: number;
  /** Lesdagen with ongeoorloofd absence from start through end. */
  readonly dagenGemist: number;
  /** Every lesson of every lesdag from start through end was missed. */
  readonly alleLessenGemist: boolean;
  /** The school must report it (Leerplichtwet art. 21 / WEB art. 8.1.8a); false for a regional agreement. */
  readonly verplicht: boolean;
  /** Who must act, for the woongemeente (leerplichtambtenaar) or woonregio (RMC) of the student. */
  readonly ontvanger: Ontvanger;
  /** The duty on the einddatum (libs/domain-nl). */
  readonly verantwoordelijke: Verantwoordelijke;
  /** 16 uur: counting restarted after an earlier 16-uur melding inside the same four lesweken. */
  readonly vervolgmelding: boolean;
  /** The calendars the count was made on (ids of schooljaar calendars, school or national advice). */
  readonly kalenders: readonly string[];
  /** Luxe verzuim: the vacation it lies next to. */
  readonly vakantie?: string;
}

/** Identity of a melding for comparing an earlier evaluation with a new one: its kind and first day. */
export const meldingSleutel = (melding: Pick<BerekendeMelding, 'soort' | 'startdatum'>): string => `${melding.soort}:${melding.startdatum}`;

export const opEinddatum = (a: BerekendeMelding, b: BerekendeMelding): number =>
  a.einddatum < b.einddatum ? -1 : a.einddatum > b.einddatum ? 1 : a.soort < b.soort ? -1 : a.soort > b.soort ? 1 : 0;
