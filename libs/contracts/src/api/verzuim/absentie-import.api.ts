import { z } from 'zod';

/** The most rows one absence CSV may hold for the import job (streamed, never held whole). */
export const MAX_ABSENTIE_IMPORT_RIJEN = 500_000;
/** Problems kept in a job's report (the count is always exact). */
export const MAX_ABSENTIE_IMPORT_FOUTEN = 1_000;

/**
 * The phases of an absence import: inlezen (the file streams in, each row checked and staged), verwerken (the staged
 * rows stored and every student concerned evaluated, in one transaction), then klaar; afgewezen when a row broke a
 * rule (nothing stored), mislukt when the service could not finish (nothing stored).
 */
export const ABSENTIE_IMPORT_STATUSSEN = ['inlezen', 'verwerken', 'klaar', 'afgewezen', 'mislukt'] as const;
export type AbsentieImportStatus = (typeof ABSENTIE_IMPORT_STATUSSEN)[number];

const aantal = z.number().int().min(0);

/** One problem of an import, by line of the file (header = 1), CSV column and rule; a cell's value is never repeated. */
export const absentieImportFoutSchema = z.object({
  regel: z.number().int().min(1).describe('regelnummer in het CSV-bestand (de kopregel is 1)'),
  kolom: z.string().describe('de CSV-kolom, of (bestand) als de melding over het hele bestand gaat'),
  rule: z.string(),
  message: z.string(),
});
export type AbsentieImportFout = z.infer<typeof absentieImportFoutSchema>;

/** GET /absenties/imports/:jobId — an absence import job: its progress and, when done, its report. */
export const absentieImportSchema = z.object({
  jobId: z.uuid(),
  status: z.enum(ABSENTIE_IMPORT_STATUSSEN),
  gelezen: aantal.describe('datarijen gelezen en gecontroleerd'),
  fouten: aantal.describe('meldingen over rijen (exact)'),
  rapport: z.array(absentieImportFoutSchema).describe(`de eerste ${MAX_ABSENTIE_IMPORT_FOUTEN} meldingen, op regelvolgorde`),
  leerlingen: aantal.describe('leerlingen in het bestand (bekend zodra het inlezen klaar is)'),
  beoordeeld: aantal.describe('leerlingen waarvan het verzuim al opnieuw beoordeeld is'),
  meldingen: z.object({ nieuw: aantal, vervallen: aantal, gewijzigd: aantal }).describe('verzuimmeldingen die ontstonden, vervielen of wijzigden'),
  reden: z.string().nullable().describe('waarom de job mislukte'),
  ontvangenOp: z.iso.datetime({ offset: true }),
  klaarOp: z.iso.datetime({ offset: true }).nullable(),
});
export type AbsentieImportView = z.infer<typeof absentieImportSchema>;

export const absentieImportParamsSchema = z.object({ jobId: z.uuid() }).strict();
