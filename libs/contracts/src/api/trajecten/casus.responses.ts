import { z } from 'zod';
import {
  CASUS_AANLEIDINGEN,
  CASUS_ACTIES,
  CASUS_SIGNAAL_SOORTEN,
  CASUS_STATUSSEN,
  CONTACT_SOORTEN,
  HANDMATIGE_AANLEIDINGEN,
  INKOMENSKLASSEN,
  TIJDIGHEID_STANDEN,
  UITKOMST_CATEGORIEEN,
} from '../../model/trajecten/casus.model';

const regisseurSchema = z.object({ sub: z.string(), naam: z.string() });

/** A case as the region's staff see it (no personal data: the young person is a pseudonym). */
export const casusSchema = z.object({
  id: z.uuid(),
  rmcRegio: z.string(),
  jongereId: z.string(),
  status: z.enum(CASUS_STATUSSEN),
  aanleiding: z.enum(CASUS_AANLEIDINGEN),
  handmatigeAanleiding: z.enum(HANDMATIGE_AANLEIDINGEN).nullable(),
  casusregisseur: regisseurSchema.nullable(),
  uitkomst: z
    .object({
      categorie: z.enum(UITKOMST_CATEGORIEEN),
      urenPerWeek: z.number().optional(),
      toelichting: z.string().optional(),
      /** Only with werk-zonder-startkwalificatie, when the RMC knows it: the monthly income class (never the amount). */
      inkomensklasse: z.enum(INKOMENSKLASSEN).optional(),
    })
    .nullable(),
  geopendOp: z.iso.datetime({ offset: true }),
  gewijzigdOp: z.iso.datetime({ offset: true }),
  afgeslotenOp: z.iso.datetime({ offset: true }).nullable(),
  /** The steps the case may take now (the transition table). */
  toegestaneStappen: z.array(z.enum(CASUS_ACTIES)),
});
export type CasusView = z.infer<typeof casusSchema>;

/** GET /casussen — one page of the region's cases. */
export const casussenPaginaSchema = z.object({
  casussen: z.array(casusSchema),
  pagina: z.number().int(),
  perPagina: z.number().int(),
  totaal: z.number().int(),
});

/** GET /casussen/:id — the case with its signals and history. */
export const casusMetHistorieSchema = casusSchema.extend({
  /** From opening to first contact (the contact step) and to intake (screening), in the effectrapportage's classes. */
  tijdigheid: z.object({ eersteContact: z.enum(TIJDIGHEID_STANDEN), intake: z.enum(TIJDIGHEID_STANDEN) }),
  signalen: z.array(
    z.object({
      signaalEventId: z.uuid(),
      signaalSoort: z.enum(CASUS_SIGNAAL_SOORTEN),
      eventType: z.string(),
      ontvangenOp: z.iso.datetime({ offset: true }),
      /** This signal opened the case. */
      opende: z.boolean(),
    }),
  ),
  historie: z.array(
    z.object({
      actie: z.string(),
      vanStatus: z.enum(CASUS_STATUSSEN).nullable(),
      naarStatus: z.enum(CASUS_STATUSSEN).nullable(),
      door: z.string().nullable(),
      op: z.iso.datetime({ offset: true }),
      toelichting: z.string().nullable(),
    }),
  ),
});
export type CasusMetHistorie = z.infer<typeof casusMetHistorieSchema>;

/** A recorded contact attempt. */
export const contactpogingSchema = z.object({
  id: z.uuid(),
  casusId: z.uuid(),
  soort: z.enum(CONTACT_SOORTEN),
  bereikt: z.boolean(),
  door: z.string(),
  op: z.iso.datetime({ offset: true }),
  toelichting: z.string().nullable(),
});
export type ContactpogingView = z.infer<typeof contactpogingSchema>;

/** GET /casussen/:id/contactpogingen — the case's contact attempts, oldest first. */
export const contactpogingenSchema = z.object({ contactpogingen: z.array(contactpogingSchema) });

/** GET /casussen/:id/inzage — who read the case, newest first (the region's coordinator). */
export const casusInzageSchema = z.object({
  inzages: z.array(
    z.object({
      door: z.string(),
      organisatie: z.object({ type: z.string(), code: z.string() }),
      wat: z.string(),
      op: z.iso.datetime({ offset: true }),
    }),
  ),
});
export type CasusInzage = z.infer<typeof casusInzageSchema>;
