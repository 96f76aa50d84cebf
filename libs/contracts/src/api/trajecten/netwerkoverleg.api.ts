import { z } from 'zod';
import { datumSchema, rmcRegioCodeSchema, vrijeTekst } from '../../primitives';
import { LEEFDOMEINEN, ROUTES } from '../../model/trajecten/begeleiding.model';

export const TRIAGES = ['eenvoudig', 'complex'] as const;
export const REGIE_ROLLEN = ['casusregisseur', 'klantmanager'] as const;

/** GET /netwerkoverleg/:rmcRegio?datum= — the list for the region's meeting on that date. */
export const netwerkoverlegParamsSchema = z.object({ rmcRegio: rmcRegioCodeSchema }).strict();
export const netwerkoverlegQuerySchema = z.object({ datum: datumSchema }).strict();

/**
 * POST /casussen/:id/netwerkoverleg-advies — the meeting's advice for a case on its list: triage; for a simple case the
 * route and an organisation that names a casusregisseur, for a complex one a klantmanager. The caller (the
 * netwerkregisseur) decided.
 */
export const registreerAdviesSchema = z
  .object({
    overlegdatum: datumSchema,
    triage: z.enum(TRIAGES, { error: `triage is een van: ${TRIAGES.join(', ')}` }),
    route: z.enum(ROUTES, { error: `route is een van: ${ROUTES.join(', ')}` }).optional(),
    toewijzing: z
      .object({
        organisatie: z
          .object({
            type: z.enum(['rmc-regio', 'partner'], { error: 'type is rmc-regio of partner' }),
            code: z
              .string({ error: 'code is de code van de organisatie' })
              .regex(/^[A-Za-z0-9-]{2,64}$/, { error: 'code: 2–64 letters, cijfers of -' }),
          })
          .strict(),
        rol: z.enum(REGIE_ROLLEN, { error: `rol is een van: ${REGIE_ROLLEN.join(', ')}` }),
      })
      .strict(),
    toelichting: vrijeTekst(2000, { verplicht: false }).optional(),
  })
  .strict();
export type RegistreerAdviesInvoer = z.infer<typeof registreerAdviesSchema>;

const organisatie = z.object({ type: z.string(), code: z.string() });

/** A recorded advice, and what follows from it (the route step; a warm handover when another organisation takes it on). */
export const adviesSchema = z.object({
  id: z.uuid(),
  casusId: z.uuid(),
  overlegdatum: z.iso.date(),
  triage: z.enum(TRIAGES),
  route: z.enum(ROUTES).nullable(),
  toewijzing: z.object({ organisatie, rol: z.enum(REGIE_ROLLEN) }),
  besluitDoor: z.string(),
  toelichting: z.string().nullable(),
  vastgelegdOp: z.iso.datetime({ offset: true }),
  gevolg: z.object({ casusActie: z.literal('route-toewijzen'), overdrachtNaar: organisatie.nullable() }),
});
export type AdviesView = z.infer<typeof adviesSchema>;

/** The list for a meeting: the cases waiting, longest first, each with the triage proposal from its latest screening. */
export const netwerkoverlegLijstSchema = z.object({
  rmcRegio: z.string(),
  datum: z.iso.date(),
  sluiting: z.iso.datetime({ offset: true }),
  casussen: z.array(
    z.object({
      casusId: z.uuid(),
      geagendeerdOp: z.iso.datetime({ offset: true }),
      casusregisseur: z.object({ sub: z.string(), naam: z.string() }).nullable(),
      triageVoorstel: z.object({
        triage: z.enum(TRIAGES).nullable(),
        reden: z.enum(['geen-screening', 'meerdere-leefdomeinen', 'hoogstens-een-leefdomein']),
        knelpunten: z.array(z.enum(LEEFDOMEINEN)),
      }),
    }),
  ),
});
export type NetwerkoverlegLijst = z.infer<typeof netwerkoverlegLijstSchema>;
