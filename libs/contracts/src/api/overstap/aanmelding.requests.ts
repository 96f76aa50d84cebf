import { z } from 'zod';
import { creboSchema, datumSchema, mboNiveauSchema, persoonsnummerSchema, schooljaarSchema, vestigingSchema } from '../../primitives';
import { AANMELDING_STATUSSEN } from '../../model/overstap/aanmelding.model';

/** An mbo institution registers that a student applied (the student's BSN or onderwijsnummer, the programme). */
export const registreerAanmeldingSchema = z
  .object({
    persoonsnummer: persoonsnummerSchema,
    /** The schooljaar in which the student leaves the VO school. */
    schooljaar: schooljaarSchema,
    crebo: creboSchema,
    niveau: mboNiveauSchema,
    locatie: vestigingSchema,
    startdatum: datumSchema,
    aangemeldOp: z.iso.datetime({ offset: true, error: 'aangemeldOp is een tijdstip met tijdzone, bijv. 2026-03-31T14:00:00+02:00' }).optional(),
    status: z.enum(['ontvangen', 'aangemeld']).default('aangemeld'),
  })
  .strict();
export type RegistreerAanmelding = z.infer<typeof registreerAanmeldingSchema>;

export const wijzigAanmeldingStatusSchema = z.object({ status: z.enum(AANMELDING_STATUSSEN) }).strict();
export type WijzigAanmeldingStatus = z.infer<typeof wijzigAanmeldingStatusSchema>;

/** `GET /aanmeldingen?schooljaar=…`: a page of the aanmeldingen the caller may see. */
export const aanmeldingenQuerySchema = z
  .object({
    schooljaar: schooljaarSchema,
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();
export type AanmeldingenQuery = z.infer<typeof aanmeldingenQuerySchema>;
