import { z } from 'zod';
import { brinSchema, creboSchema, mboNiveauSchema, schooljaarSchema, vestigingSchema } from '../../primitives';
import { AANMELDING_STATUSSEN } from '../../model/overstap/aanmelding.model';

/** A registered aanmelding: new (201), or the existing one for the same student, programme and schooljaar (200). */
export const aanmeldingResultaatSchema = z.object({
  aanmeldingId: z.uuid(),
  status: z.enum(AANMELDING_STATUSSEN),
  opTijd: z.boolean().describe('aangemeld uiterlijk 1 april (Europe/Amsterdam): toelatingsrecht'),
  nieuw: z.boolean(),
});
export type AanmeldingResultaat = z.infer<typeof aanmeldingResultaatSchema>;

/** An aanmelding after a status change, with the statuses it may move to next. */
export const aanmeldingStatusResultaatSchema = z.object({
  aanmeldingId: z.uuid(),
  status: z.enum(AANMELDING_STATUSSEN),
  toegestaan: z.array(z.enum(AANMELDING_STATUSSEN)).describe('de statussen die hierna mogen (leeg: eindstatus)'),
});
export type AanmeldingStatusResultaat = z.infer<typeof aanmeldingStatusResultaatSchema>;

/** One aanmelding in a list: no persoonsnummer; the dossier id links to the student. */
export const aanmeldingRijSchema = z.object({
  aanmeldingId: z.uuid(),
  dossierId: z.uuid().nullable(),
  schooljaar: schooljaarSchema,
  mboBrin: brinSchema,
  locatie: vestigingSchema,
  crebo: creboSchema,
  niveau: mboNiveauSchema,
  status: z.enum(AANMELDING_STATUSSEN),
  aangemeldOp: z.iso.datetime({ offset: true }),
  opTijd: z.boolean(),
  vestiging: vestigingSchema.nullable().describe('de VO-vestiging van het dossier, als dat er is'),
  toegestaan: z
    .array(z.enum(AANMELDING_STATUSSEN))
    .describe('de statussen waarnaar de mbo-instelling deze aanmelding hierna mag zetten (leeg: eindstatus)'),
});
export type AanmeldingRij = z.infer<typeof aanmeldingRijSchema>;

export const aanmeldingenSchema = z.object({ totaal: z.number().int().min(0), items: z.array(aanmeldingRijSchema) });
export type Aanmeldingen = z.infer<typeof aanmeldingenSchema>;
