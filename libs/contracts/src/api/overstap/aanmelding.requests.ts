import { z } from 'zod';
import { creboSchema, mboNiveauSchema, persoonsnummerSchema, vestigingSchema } from '@sluitend/domain-nl';
import { AANMELDING_STATUSSEN } from '../../events/overstap/aanmelding.events';

/** An mbo institution registers that a student applied (the student's BSN or onderwijsnummer, the programme). */
export const registreerAanmeldingSchema = z
  .object({
    persoonsnummer: persoonsnummerSchema,
    schooljaar: z.string().regex(/^\d{4}-\d{4}$/, { error: 'schooljaar is JJJJ-JJJJ: het schooljaar waarin de leerling de VO-school verlaat' }),
    crebo: creboSchema,
    niveau: mboNiveauSchema,
    locatie: vestigingSchema,
    startdatum: z.iso.date(),
    aangemeldOp: z.iso.datetime({ offset: true, error: 'aangemeldOp is een tijdstip met tijdzone, bijv. 2026-03-31T14:00:00+02:00' }).optional(),
    status: z.enum(['ontvangen', 'aangemeld']).default('aangemeld'),
  })
  .strict();
export type RegistreerAanmelding = z.infer<typeof registreerAanmeldingSchema>;

export const wijzigAanmeldingStatusSchema = z.object({ status: z.enum(AANMELDING_STATUSSEN) }).strict();
export type WijzigAanmeldingStatus = z.infer<typeof wijzigAanmeldingStatusSchema>;
