import { z } from 'zod';
import { creboSchema, isoDateSchema, mboNiveauSchema, persoonsnummerSchema, vestigingSchema } from '@sluitend/domain-nl';

const schooljaar = z.string().regex(/^\d{4}-\d{4}$/, { error: 'schooljaar is JJJJ-JJJJ: het schooljaar waarin de leerling de VO-school verliet' });

export const registreerInschrijvingSchema = z
  .object({
    persoonsnummer: persoonsnummerSchema,
    schooljaar,
    crebo: creboSchema,
    niveau: mboNiveauSchema,
    locatie: vestigingSchema,
    ingeschrevenPer: isoDateSchema,
  })
  .strict();
export type RegistreerInschrijving = z.infer<typeof registreerInschrijvingSchema>;

export const meldUitschrijvingSchema = z
  .object({
    uitgeschrevenPer: isoDateSchema,
    reden: z.number().int().min(1, { error: 'reden is een DUO-code 1–9' }).max(9, { error: 'reden is een DUO-code 1–9' }),
    geboortedatum: isoDateSchema,
    startkwalificatie: z.boolean(),
  })
  .strict();
export type MeldUitschrijving = z.infer<typeof meldUitschrijvingSchema>;

export const meldSwitchSchema = z
  .object({ crebo: creboSchema, niveau: mboNiveauSchema, locatie: vestigingSchema, per: isoDateSchema })
  .strict();
export type MeldSwitch = z.infer<typeof meldSwitchSchema>;

export const meldBsaSchema = z.object({ negatief: z.boolean(), gegevenOp: isoDateSchema }).strict();
export type MeldBsa = z.infer<typeof meldBsaSchema>;
