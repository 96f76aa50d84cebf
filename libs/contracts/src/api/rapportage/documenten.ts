import { z } from 'zod';

/** What a scheduled document holds: the yearly tabellenboek of a school or the effectrapportage of a region. */
export const RAPPORTSOORTEN = ['tabellenboek', 'effectrapportage'] as const;
export const DOCUMENTFORMATEN = ['pdf', 'xlsx'] as const;

export const gegenereerdDocumentSchema = z.object({
  id: z.uuid(),
  soort: z.enum(RAPPORTSOORTEN),
  schooljaar: z.string(),
  /** The school (BRIN) or RMC-regio the document is about. */
  organisatie: z.string(),
  formaat: z.enum(DOCUMENTFORMATEN),
  bestandsnaam: z.string(),
  grootte: z.number().int().min(0),
  gegenereerdOp: z.iso.datetime({ offset: true }),
});

export const gegenereerdeDocumentenSchema = z.object({ documenten: z.array(gegenereerdDocumentSchema) });

export const documentIdSchema = z.object({ id: z.uuid() });

export type GegenereerdDocument = z.infer<typeof gegenereerdDocumentSchema>;
export type GegenereerdeDocumenten = z.infer<typeof gegenereerdeDocumentenSchema>;
