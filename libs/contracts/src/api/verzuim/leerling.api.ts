import { z } from 'zod';
import { datumSchema, geboortedatumSchema, persoonsnummerSchema, woongemeenteSchema } from '../../primitives';
import { VERZUIM_ONDERWIJSTYPEN } from '../../model/verzuim/verzuim.model';

/**
 * POST /leerlingen — a school registers a student it enrols. verzuim keeps the pseudonym (never the persoonsnummer)
 * and what its rules need: birth date, woongemeente, onderwijstype, enrolment, startkwalificatie.
 */
export const registreerLeerlingSchema = z
  .object({
    persoonsnummer: persoonsnummerSchema,
    geboortedatum: geboortedatumSchema,
    woongemeente: woongemeenteSchema,
    onderwijstype: z.enum(VERZUIM_ONDERWIJSTYPEN),
    ingeschrevenPer: datumSchema,
    uitgeschrevenPer: datumSchema.optional(),
    /** The day the student obtained a startkwalificatie, when they have one. */
    startkwalificatieOp: datumSchema.optional(),
    /** Pro/vso with uitstroomprofiel arbeid or dagbesteding: no kwalificatieplicht. */
    vrijgesteldVanKwalificatieplicht: z.boolean().optional(),
  })
  .strict()
  .refine((l) => l.uitgeschrevenPer === undefined || l.uitgeschrevenPer >= l.ingeschrevenPer, {
    error: 'uitgeschrevenPer ligt niet vóór ingeschrevenPer',
    path: ['uitgeschrevenPer'],
    params: { rule: 'volgorde' },
  });
export type RegistreerLeerling = z.infer<typeof registreerLeerlingSchema>;

/** Most students in one bulk request; a larger administration sends several. */
export const MAX_LEERLINGEN_PER_VERZOEK = 10_000;

/** POST /leerlingen/bulk — all or nothing: one bad student refuses the request, naming its index and field. */
export const registreerLeerlingenSchema = z.object({ leerlingen: z.array(registreerLeerlingSchema).min(1).max(MAX_LEERLINGEN_PER_VERZOEK) }).strict();
export type RegistreerLeerlingen = z.infer<typeof registreerLeerlingenSchema>;

export const leerlingenResultaatSchema = z.object({
  /** The pseudonyms, in the order of the request. */
  leerlingIds: z.array(z.string()),
  nieuw: z.number().int(),
  bijgewerkt: z.number().int(),
});
export type LeerlingenResultaat = z.infer<typeof leerlingenResultaatSchema>;

/** GET /leerlingen — the school's students with their absence over the last 4 lesweken up to `peildatum` (default today). */
export const leerlingenOverzichtQuerySchema = z.object({ peildatum: datumSchema.optional() }).strict();

export const leerlingenOverzichtSchema = z.object({
  peildatum: datumSchema,
  /** The window: the first lesdag of the earliest of the last 4 lesweken through the peildatum (null before any lesweek). */
  van: datumSchema.nullable(),
  tot: datumSchema,
  leerlingen: z.array(
    z.object({
      leerlingId: z.string(),
      onderwijstype: z.enum(VERZUIM_ONDERWIJSTYPEN),
      ingeschrevenPer: datumSchema,
      uitgeschrevenPer: datumSchema.nullable(),
      /** Lesuren in the window. */
      ongeoorloofd: z.number(),
      ziek: z.number(),
      geoorloofd: z.number(),
      teLaat: z.number().int(),
      uitgestuurd: z.number().int(),
      /** Meldingen geregistreerd or in behandeling. */
      openMeldingen: z.number().int(),
    }),
  ),
});
export type LeerlingenOverzicht = z.infer<typeof leerlingenOverzichtSchema>;
