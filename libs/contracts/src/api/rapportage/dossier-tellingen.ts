import { z } from 'zod';
import { schooljaarSchema } from '../../primitives';

/** `GET /api/rapportage/dossiers/tellingen?schooljaar=…`: the schooljaar to count. */
export const dossierTellingenQuerySchema = z.object({ schooljaar: schooljaarSchema }).strict();
export type DossierTellingenQuery = z.infer<typeof dossierTellingenQuerySchema>;

const aantal = z.number().int().nonnegative();

/** Dossier counts per school and per RMC-regio (of the woongemeente) for one schooljaar, within the caller's scope. */
export const dossierTellingenSchema = z
  .object({
    schooljaar: z.string().describe('het getelde schooljaar, bijv. 2026-2027'),
    totaal: aantal.describe('alle dossiers binnen het bereik van de organisatie'),
    perSchool: z.array(z.object({ brin: z.string(), vestiging: z.string(), aantal })).describe('per vestiging, op vestigingscode'),
    perRmcRegio: z
      .array(
        z.object({
          rmcRegio: z.string().nullable().describe('RMC-regio van de woongemeente; null als die onbekend is'),
          naam: z.string().nullable(),
          aantal,
        }),
      )
      .describe('per RMC-regio, op code (onbekend als laatste)'),
  })
  .strict();
export type DossierTellingen = z.infer<typeof dossierTellingenSchema>;
