import { z } from 'zod';
import { BRIN_MELDING, BRIN_VORM, CREBO_MELDING, CREBO_VORM, MBO_NIVEAU_MELDING, VESTIGING_MELDING, VESTIGING_VORM } from '@sluitend/domain-nl';

/** BRIN of a school or mbo institution: 2 digits + 2 letters (`05KO`), upper-cased. */
export const brinSchema = z.string().trim().toUpperCase().regex(BRIN_VORM, { error: BRIN_MELDING });

/** A school's vestiging (or an mbo's locatie): BRIN + 2 digits (`07NU00`), upper-cased. */
export const vestigingSchema = z.string().trim().toUpperCase().regex(VESTIGING_VORM, { error: VESTIGING_MELDING });

/** Crebo, the code of a recognised mbo programme: 5 digits. */
export const creboSchema = z.string().trim().regex(CREBO_VORM, { error: CREBO_MELDING });

/** Mbo-niveau 1 (entree) to 4 (a number, as the events and the apps' rows carry it). */
export const mboNiveauSchema = z
  .number({ error: MBO_NIVEAU_MELDING })
  .int({ error: MBO_NIVEAU_MELDING })
  .min(1, { error: MBO_NIVEAU_MELDING })
  .max(4, { error: MBO_NIVEAU_MELDING });
