import { z } from 'zod';
import { BESTEMMINGEN, ONDERWIJSTYPEN } from '../../model/overstap/dossier.model';
import { laatsteTeldatumOnder23Schema } from './inschrijving.events';
import { brinSchema, gemeentecodeSchema, rmcRegioCodeSchema, schooljaarSchema, vestigingSchema } from '../../primitives';

/**
 * overstap.dossier.ingediend: a VO school submitted (a new version of) a digitaal doorstroomdossier.
 * Carries codes and categories only; the dossier's personal content stays in overstap.
 */
export const dossierIngediendPayloadSchema = z
  .object({
    dossierId: z.uuid(),
    versie: z.number().int().positive(),
    schooljaar: schooljaarSchema,
    brin: brinSchema,
    vestiging: vestigingSchema,
    woongemeente: gemeentecodeSchema,
    rmcRegio: rmcRegioCodeSchema.nullable(),
    onderwijstype: z.enum(ONDERWIJSTYPEN),
    leerjaar: z.number().int().min(1).max(6),
    bestemming: z.enum(BESTEMMINGEN),
    /** No longer published (AVG: nothing about support on Kafka); events written before may still carry it. */
    ondersteuningNodig: z.boolean().optional(),
    ingediendOp: z.iso.datetime({ offset: true }),
    /** v2: the age fact of statistical VSV instead of the date of birth (ADR 0023). */
    laatsteTeldatumOnder23: laatsteTeldatumOnder23Schema,
  })
  .strict();

export type DossierIngediendPayload = z.infer<typeof dossierIngediendPayloadSchema>;
