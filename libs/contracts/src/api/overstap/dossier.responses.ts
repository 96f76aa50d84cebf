import { z } from 'zod';
import { schooljaarSchema } from '../../primitives';
import { dienDossierInSchema, dossierLeerlingSchema } from './dien-dossier-in.request';

export const DOSSIER_RESULTATEN = ['aangemaakt', 'bijgewerkt', 'ongewijzigd', 'overdracht-aangevraagd'] as const;

/**
 * What submitting one dossier did: a new dossier (201), a new version (200) or nothing, the content being the same
 * (200); or, when another vestiging holds the student's dossier for that schooljaar, a transfer request (202,
 * ADR 0020) — then no dossier id or version, and nothing about the school that holds it.
 */
export const dossierResultaatSchema = z.object({
  dossierId: z.uuid().nullable().describe('null bij overdracht-aangevraagd'),
  versie: z.number().int().min(1).nullable().describe('null bij overdracht-aangevraagd'),
  status: z.enum(DOSSIER_RESULTATEN),
  overdrachtId: z.uuid().optional().describe('alleen bij overdracht-aangevraagd: het verzoek, te volgen via GET /overdrachten'),
});
export type DossierResultaat = z.infer<typeof dossierResultaatSchema>;

/** A bulk submission's counts and, per dossier in the order sent (`index`), what happened to it. */
export const dossiersInBulkResultaatSchema = z.object({
  aangemaakt: z.number().int().min(0),
  bijgewerkt: z.number().int().min(0),
  ongewijzigd: z.number().int().min(0),
  overdrachtAangevraagd: z.number().int().min(0).describe('dossiers waarvoor een overdracht is aangevraagd'),
  resultaten: z.array(dossierResultaatSchema.extend({ index: z.number().int().min(0).describe('positie in dossiers[]') })),
});
export type DossiersInBulkResultaat = z.infer<typeof dossiersInBulkResultaatSchema>;

/** A dossier's content as stored: everything the school submitted except the persoonsnummer. */
export const dossierInhoudSchema = dienDossierInSchema.extend({ leerling: dossierLeerlingSchema.omit({ persoonsnummer: true }) });
export type DossierInhoud = z.infer<typeof dossierInhoudSchema>;

/** A dossier as its reader may see it; support details travel to the mbo only with the student's consent. */
export const dossierInzageSchema = z.object({
  dossierId: z.uuid(),
  versie: z.number().int().min(1),
  schooljaar: schooljaarSchema,
  inhoud: dossierInhoudSchema.extend({
    ondersteuning: z
      .object({
        nodig: z.boolean().optional().describe('alleen voor de eigen school of met toestemming van de leerling'),
        toelichting: z.string().optional(),
        toestemmingDelen: z.boolean(),
      })
      .describe('zonder toestemming alleen toestemmingDelen: false (ook nodig en een advies van de zorgcoördinator ontbreken dan)'),
  }),
  ondersteuningGedeeld: z.boolean().describe('of de ondersteuningsinformatie zichtbaar is (eigen school, of toestemming van de leerling)'),
});
export type DossierInzage = z.infer<typeof dossierInzageSchema>;
