import { z } from 'zod';

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
    schooljaar: z.string().regex(/^\d{4}-\d{4}$/),
    brin: z.string().regex(/^\d{2}[A-Z]{2}$/),
    vestiging: z.string().regex(/^\d{2}[A-Z]{2}\d{2}$/),
    woongemeente: z.string().regex(/^GM\d{4}$/),
    rmcRegio: z.string().regex(/^MC\d{2}$/).nullable(),
    onderwijstype: z.enum(ONDERWIJSTYPEN),
    leerjaar: z.number().int().min(1).max(6),
    bestemming: z.enum(BESTEMMINGEN),
    ondersteuningNodig: z.boolean(),
    ingediendOp: z.iso.datetime({ offset: true }),
  })
  .strict();

export type DossierIngediendPayload = z.infer<typeof dossierIngediendPayloadSchema>;
