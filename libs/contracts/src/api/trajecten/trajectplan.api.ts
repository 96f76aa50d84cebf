import { z } from 'zod';
import { datumSchema, vrijeTekst } from '../../primitives';
import {
  ACTIE_STATUSSEN,
  DOEL_STATUSSEN,
  LEEFDOMEINEN,
  ONDERSTEUNING_KADERS,
  PLAN_ACTIES,
  PLAN_ORGANISATIE_TYPES,
  PLAN_STATUSSEN,
  ROUTES,
} from '../../model/trajecten/begeleiding.model';

const id = vrijeTekst(64);
const omschrijving = vrijeTekst(1000);
const lijst = <T extends z.ZodType>(schema: T, naam: string) => z.array(schema).max(200, { error: `${naam}: hoogstens 200` });

const eigenaarSchema = z.discriminatedUnion(
  'soort',
  [
    z.object({ soort: z.literal('jongere') }).strict(),
    z
      .object({
        soort: z.literal('organisatie'),
        organisatie: z
          .object({ type: z.enum(PLAN_ORGANISATIE_TYPES, { error: `type is een van: ${PLAN_ORGANISATIE_TYPES.join(', ')}` }), code: vrijeTekst(100) })
          .strict(),
        gebruiker: vrijeTekst(200).optional(),
      })
      .strict(),
  ],
  { error: 'eigenaar is de jongere ({"soort":"jongere"}) of een organisatie ({"soort":"organisatie","organisatie":{…}})' },
);

/** The content of a trajectplan a user edits: route, goals, actions with owner and due date, support. */
export const planInhoudSchema = z
  .object({
    route: z.enum(ROUTES, { error: `route is een van: ${ROUTES.join(', ')}` }).optional(),
    doelen: lijst(
      z
        .object({
          id,
          omschrijving,
          leefdomein: z.enum(LEEFDOMEINEN, { error: `leefdomein is een van: ${LEEFDOMEINEN.join(', ')}` }).optional(),
          status: z.enum(DOEL_STATUSSEN, { error: `status is een van: ${DOEL_STATUSSEN.join(', ')}` }),
        })
        .strict(),
      'doelen',
    ),
    acties: lijst(
      z
        .object({
          id,
          omschrijving,
          doelId: id.optional(),
          eigenaar: eigenaarSchema,
          deadline: datumSchema,
          status: z.enum(ACTIE_STATUSSEN, { error: `status is een van: ${ACTIE_STATUSSEN.join(', ')}` }),
        })
        .strict(),
      'acties',
    ),
    ondersteuning: lijst(
      z
        .object({
          id,
          omschrijving,
          kader: z.enum(ONDERSTEUNING_KADERS, { error: `kader is een van: ${ONDERSTEUNING_KADERS.join(', ')}` }),
          aanbieder: vrijeTekst(200).optional(),
          vanaf: datumSchema.optional(),
          tot: datumSchema.optional(),
        })
        .strict(),
      'ondersteuning',
    ),
  })
  .strict();
export type PlanInhoudInvoer = z.infer<typeof planInhoudSchema>;

/** POST /casussen/:id/trajectplan/status — a status step on the version named in If-Match. */
export const planStatusStapSchema = z.object({ actie: z.enum(PLAN_ACTIES, { error: `actie is een van: ${PLAN_ACTIES.join(', ')}` }) }).strict();

/** A trajectplan with its version (also the ETag header) and history. */
export const trajectplanSchema = planInhoudSchema.extend({
  id: z.uuid(),
  casusId: z.uuid(),
  versie: z.number().int(),
  status: z.enum(PLAN_STATUSSEN),
  historie: z.array(z.object({ versie: z.number().int(), op: z.iso.datetime({ offset: true }), door: z.string(), wijzigingen: z.array(z.string()) })),
});
export type TrajectplanView = z.infer<typeof trajectplanSchema>;
