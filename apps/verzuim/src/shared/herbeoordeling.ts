import { EntityManager } from 'typeorm';

/**
 * The port through which a capability below registratie (kalenders, verlof) has stored absence evaluated again in its
 * own transaction after a change that alters how absence counts: a new calendar version, granted verlof. registratie
 * provides it (`HerbeoordeelLeerlingen`, the same step as a correction: `herbeoordeel` from the earliest affected day,
 * meldingen and M@ZL signals filed, withdrawn or changed); the capabilities import only this file, so the dependency
 * order (leerlingen → kalenders → … → verlof → registratie) stays without a cycle.
 */
export const HERBEOORDELING = Symbol('HERBEOORDELING');

export type HerbeoordelingResultaat = { leerlingen: number; nieuw: string[]; vervallen: string[]; gewijzigd: string[] };

export interface Herbeoordeling {
  /** These students of the school evaluated again, each from its own day (e.g. the start of granted verlof). */
  leerlingen(manager: EntityManager, brin: string, vanaf: ReadonlyMap<string, string>, correlationId: string): Promise<HerbeoordelingResultaat>;
  /** Every student of the school with absence recorded on or after `vanaf`, evaluated again from that day (a calendar change). */
  school(manager: EntityManager, brin: string, vanaf: string, correlationId: string): Promise<HerbeoordelingResultaat>;
}
