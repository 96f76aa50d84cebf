import { z } from 'zod';
import { jongereIdSchema, persoonsnummerSchema, vrijeTekst } from '../../primitives';
import {
  CASUS_ACTIES,
  CASUS_STATUSSEN,
  CONTACT_SOORTEN,
  HANDMATIGE_AANLEIDINGEN,
  INKOMENSKLASSEN,
  UITKOMST_CATEGORIEEN,
} from '../../model/trajecten/casus.model';

/**
 * POST /casussen — open a case by hand in the caller's region (a young person walks in, a school, partner or parents
 * ask). The person by BSN/onderwijsnummer (stored only as its pseudonym) or by jongereId (e.g. from an alert); both
 * may be given when they belong together (the pseudonym of the number is the jongereId).
 */
export const openCasusSchema = z
  .object({
    persoonsnummer: persoonsnummerSchema.optional(),
    jongereId: jongereIdSchema.optional(),
    aanleiding: z.enum(HANDMATIGE_AANLEIDINGEN, { error: `aanleiding is een van: ${HANDMATIGE_AANLEIDINGEN.join(', ')}` }),
    toelichting: vrijeTekst(2000, { verplicht: false }).optional(),
  })
  .strict()
  .refine((body) => body.persoonsnummer !== undefined || body.jongereId !== undefined, {
    error: 'geef persoonsnummer of jongereId (beide mag, als ze bij elkaar horen)',
    path: ['persoonsnummer'],
  });
export type OpenCasusInvoer = z.infer<typeof openCasusSchema>;

/** GET /casussen — the region's cases, filtered and paged, most recently changed first. */
export const casussenQuerySchema = z
  .object({
    status: z.enum(CASUS_STATUSSEN, { error: `status is een van: ${CASUS_STATUSSEN.join(', ')}` }).optional(),
    open: z.enum(['ja', 'nee'], { error: 'open is ja of nee' }).optional(),
    casusregisseur: vrijeTekst(200).optional(),
    zonderRegisseur: z.enum(['ja'], { error: 'zonderRegisseur is ja' }).optional(),
    pagina: z.coerce.number({ error: 'pagina is een getal' }).int().min(1, { error: 'pagina begint bij 1' }).default(1),
    perPagina: z.coerce.number({ error: 'perPagina is een getal' }).int().min(1).max(200, { error: 'perPagina is hoogstens 200' }).default(50),
  })
  .strict();
export type CasussenQuery = z.infer<typeof casussenQuerySchema>;

/** Path parameter `/casussen/:id`. */
export const casusParamsSchema = z.object({ id: z.uuid({ error: 'id is een uuid' }) }).strict();

/** POST /casussen/:id/casusregisseur — the one casusregisseur of the case: a named user (the token's `sub`). */
export const wijsRegisseurToeSchema = z
  .object({
    sub: vrijeTekst(200),
    naam: vrijeTekst(200),
  })
  .strict();

/**
 * POST /casussen/:id/stappen — a step in the case's life; `afsluiten` needs an outcome, no other step takes one. With
 * the outcome werk-zonder-startkwalificatie the monthly income class may be given (RMC priority groups 2 and 3: under
 * € 300, under € 700); a class, never the amount, and with no other outcome.
 */
export const zetCasusStapSchema = z
  .object({
    actie: z.enum(CASUS_ACTIES, { error: `actie is een van: ${CASUS_ACTIES.join(', ')}` }),
    uitkomst: z
      .object({
        categorie: z.enum(UITKOMST_CATEGORIEEN, { error: `categorie is een van: ${UITKOMST_CATEGORIEEN.join(', ')}` }),
        urenPerWeek: z.number({ error: 'urenPerWeek is een getal' }).min(0).max(168).optional(),
        toelichting: vrijeTekst(2000, { verplicht: false }).optional(),
        inkomensklasse: z
          .enum(INKOMENSKLASSEN, { error: `inkomensklasse is een van: ${INKOMENSKLASSEN.join(', ')}` })
          .optional()
          .describe(
            'alleen bij werk-zonder-startkwalificatie: het inkomen uit werk per maand als klasse (nooit het bedrag); weglaten als het onbekend is',
          ),
      })
      .strict()
      .refine((uitkomst) => uitkomst.inkomensklasse === undefined || uitkomst.categorie === 'werk-zonder-startkwalificatie', {
        error: 'inkomensklasse hoort alleen bij de uitkomst werk-zonder-startkwalificatie',
        path: ['inkomensklasse'],
        params: { rule: 'inkomensklasse.alleen-bij-werk' },
      })
      .optional(),
    toelichting: vrijeTekst(2000, { verplicht: false }).optional(),
  })
  .strict();
export type ZetCasusStapInvoer = z.infer<typeof zetCasusStapSchema>;

/** POST /casussen/:id/contactpogingen — an attempt to reach the young person; `op` defaults to now, never in the future. */
export const registreerContactpogingSchema = z
  .object({
    soort: z.enum(CONTACT_SOORTEN, { error: `soort is een van: ${CONTACT_SOORTEN.join(', ')}` }),
    bereikt: z.boolean({ error: 'bereikt is true of false' }),
    op: z.iso.datetime({ offset: true, error: 'op is een tijdstip (ISO 8601 met tijdzone)' }).optional(),
    toelichting: vrijeTekst(2000, { verplicht: false }).optional(),
  })
  .strict();
export type RegistreerContactpogingInvoer = z.infer<typeof registreerContactpogingSchema>;
