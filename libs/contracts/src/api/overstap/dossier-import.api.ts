import { z } from 'zod';
import { IMPORT_FASEN, IMPORT_MODI, IMPORT_STATUSSEN } from '../../model/overstap/dossier-import.model';

/** `POST /dossiers/imports?modus=…` */
export const importQuerySchema = z
  .object({
    modus: z
      .enum(IMPORT_MODI)
      .default('alles-of-niets')
      .describe('alles-of-niets: één foute rij → niets opgeslagen; per-rij: goede rijen opslaan, foute rijen melden'),
  })
  .strict();
export type ImportQuery = z.infer<typeof importQuerySchema>;

const aantal = z.number().int().min(0);

/** One problem in a row of the file: the line, the column, the dossier field and the rule (never the cell's value). */
export const importMeldingSchema = z.object({
  regel: z.number().int().min(1).describe('regelnummer in het CSV-bestand (de kopregel is 1)'),
  kolom: z.string().nullable().describe('de CSV-kolom, of null als de melding over de hele rij gaat'),
  field: z.string().describe('het veld van het dossier'),
  rule: z.string(),
  message: z.string(),
});
export type ImportMelding = z.infer<typeof importMeldingSchema>;

/** A dossier import job: its progress and, when done, its result. */
export const dossierImportSchema = z.object({
  jobId: z.uuid(),
  status: z.enum(IMPORT_STATUSSEN),
  modus: z.enum(IMPORT_MODI),
  fase: z.enum(IMPORT_FASEN).nullable(),
  totaal: aantal.describe('rijen in het bestand'),
  gevalideerd: aantal,
  verwerkt: aantal.describe('rijen door de opslagfase; in alles-of-niets pas definitief bij status voltooid'),
  aangemaakt: aantal,
  bijgewerkt: aantal,
  ongewijzigd: aantal,
  fouten: aantal.describe('rijen met minstens één melding'),
  meldingen: z.array(importMeldingSchema).describe('de eerste 10.000 meldingen, op regelvolgorde'),
  meldingenTotaal: aantal,
  reden: z.string().nullable(),
  ontvangenOp: z.iso.datetime({ offset: true }),
  gestartOp: z.iso.datetime({ offset: true }).nullable(),
  klaarOp: z.iso.datetime({ offset: true }).nullable(),
});
export type DossierImportView = z.infer<typeof dossierImportSchema>;
