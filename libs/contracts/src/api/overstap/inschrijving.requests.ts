import { z } from 'zod';
import {
  creboSchema,
  datumSchema,
  geboortedatumSchema,
  mboNiveauSchema,
  persoonsnummerSchema,
  schooljaarSchema,
  vestigingSchema,
  woongemeenteSchema,
} from '../../primitives';

export const registreerInschrijvingSchema = z
  .object({
    persoonsnummer: persoonsnummerSchema,
    /** The schooljaar in which the student left the VO school. */
    schooljaar: schooljaarSchema,
    crebo: creboSchema,
    niveau: mboNiveauSchema,
    locatie: vestigingSchema,
    ingeschrevenPer: datumSchema,
    /** The student's woongemeente (CBS code) as the mbo knows it: routes the student's signals when Sluitend has no dossier. */
    woongemeente: woongemeenteSchema
      .optional()
      .describe('CBS-code van de woongemeente (GMnnnn), als de instelling die kent: routeert signalen van een leerling zonder dossier'),
  })
  .strict();
export type RegistreerInschrijving = z.infer<typeof registreerInschrijvingSchema>;

export const meldUitschrijvingSchema = z
  .object({
    uitgeschrevenPer: datumSchema,
    reden: z.number().int().min(1, { error: 'reden is een DUO-code 1–9' }).max(9, { error: 'reden is een DUO-code 1–9' }),
    geboortedatum: geboortedatumSchema,
    startkwalificatie: z.boolean(),
    /** The student's woongemeente now (CBS code), when the mbo knows it: the RMC of that region gets the signal. */
    woongemeente: woongemeenteSchema.optional().describe('CBS-code van de huidige woongemeente (GMnnnn): de RMC van die regio krijgt het signaal'),
  })
  .strict();
export type MeldUitschrijving = z.infer<typeof meldUitschrijvingSchema>;

export const meldSwitchSchema = z.object({ crebo: creboSchema, niveau: mboNiveauSchema, locatie: vestigingSchema, per: datumSchema }).strict();
export type MeldSwitch = z.infer<typeof meldSwitchSchema>;

export const meldBsaSchema = z.object({ negatief: z.boolean(), gegevenOp: datumSchema }).strict();
export type MeldBsa = z.infer<typeof meldBsaSchema>;
