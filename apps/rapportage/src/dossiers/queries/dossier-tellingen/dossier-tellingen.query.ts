import { z } from 'zod';
import { schooljaarSchema } from '@sluitend/contracts';

export const dossierTellingenQuerySchema = z
  .object({
    schooljaar: schooljaarSchema,
  })
  .strict();

export type DossierTellingenQuery = z.infer<typeof dossierTellingenQuerySchema>;
