import { z } from 'zod';
import { brinSchema, schooljaarSchema, vestigingSchema, vrijeTekst } from '../../primitives';

/** Where a transfer request stands: open, released by the holder or the RMC, refused, or pushed through by ops. */
export const DOSSIER_OVERDRACHT_STATUSSEN = ['aangevraagd', 'vrijgegeven', 'geweigerd', 'geforceerd'] as const;
export type DossierOverdrachtStatus = (typeof DOSSIER_OVERDRACHT_STATUSSEN)[number];

/**
 * One transfer request as its reader may see it (ADR 0020). The requesting school sees its own request and its
 * outcome, never which school holds the student (`dossierId`, `van` null); the holding school, the RMC of the
 * region and ops see both sides.
 */
export const dossierOverdrachtSchema = z
  .object({
    overdrachtId: z.uuid(),
    status: z.enum(DOSSIER_OVERDRACHT_STATUSSEN),
    schooljaar: schooljaarSchema,
    naar: z.object({ brin: brinSchema, vestiging: vestigingSchema }).describe('de school die het dossier wil overnemen'),
    van: z
      .object({ brin: brinSchema, vestiging: vestigingSchema })
      .nullable()
      .describe('de school die het dossier nu heeft; null voor de aanvragende school'),
    dossierId: z.uuid().nullable().describe('het dossier van de leerling; null voor de aanvragende school'),
    aangevraagdOp: z.iso.datetime(),
    beslotenOp: z.iso.datetime().nullable(),
    reden: z.string().nullable(),
  })
  .strict();
export type DossierOverdracht = z.infer<typeof dossierOverdrachtSchema>;

export const dossierOverdrachtenSchema = z.object({ overdrachten: z.array(dossierOverdrachtSchema) }).strict();
export type DossierOverdrachten = z.infer<typeof dossierOverdrachtenSchema>;

/** GET /api/overstap/overdrachten: open requests only (default) or all of the last year. */
export const zoekOverdrachtenSchema = z
  .object({ status: z.enum(DOSSIER_OVERDRACHT_STATUSSEN).optional().describe('alleen verzoeken met deze status') })
  .strict();
export type ZoekOverdrachten = z.infer<typeof zoekOverdrachtenSchema>;

/** A decision on a request: a reason is optional when releasing or refusing. */
export const beslisOverdrachtSchema = z.object({ reden: vrijeTekst(500).optional() }).strict();
export type BeslisOverdracht = z.infer<typeof beslisOverdrachtSchema>;

/** The ops override: always with a reason (at least 10 characters), kept with the request as its audit. */
export const forceerOverdrachtSchema = z
  .object({
    reden: vrijeTekst(500).refine((tekst) => tekst.length >= 10, { error: 'geef een reden van minstens 10 tekens', params: { rule: 'min-10' } }),
    besluit: z.enum(['vrijgeven', 'weigeren']).describe('overdragen, of het verzoek sluiten'),
  })
  .strict();
export type ForceerOverdracht = z.infer<typeof forceerOverdrachtSchema>;
