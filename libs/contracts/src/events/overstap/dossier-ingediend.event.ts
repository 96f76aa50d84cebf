import { z } from 'zod';
import { brinSchema, gemeentecodeSchema, rmcRegioCodeSchema, schooljaarSchema, vestigingSchema } from '../../primitives';

/** Beoogde bestemming of a leaving VO student, as chosen in the doorstroomdossier. */
export const BESTEMMINGEN = ['mbo', 'havo', 'vwo', 'vavo', 'hbo', 'werk', 'anders', 'onbekend'] as const;
export const ONDERWIJSTYPEN = ['vmbo-bb', 'vmbo-kb', 'vmbo-gl', 'vmbo-tl', 'havo', 'vwo', 'pro', 'vso'] as const;

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
    ondersteuningNodig: z.boolean(),
    ingediendOp: z.iso.datetime({ offset: true }),
  })
  .strict();

export type DossierIngediendPayload = z.infer<typeof dossierIngediendPayloadSchema>;
