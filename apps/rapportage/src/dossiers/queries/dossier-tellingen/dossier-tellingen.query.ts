import { z } from 'zod';

export const dossierTellingenQuerySchema = z
  .object({
    schooljaar: z.string().regex(/^\d{4}-\d{4}$/, { error: 'schooljaar is JJJJ-JJJJ, bijv. 2025-2026' }),
  })
  .strict();

export type DossierTellingenQuery = z.infer<typeof dossierTellingenQuerySchema>;
