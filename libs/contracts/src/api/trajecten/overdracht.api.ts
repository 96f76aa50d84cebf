import { z } from 'zod';
import { vrijeTekst } from '../../primitives';
import { ROUTES } from '../../model/trajecten/begeleiding.model';
import { CASUS_STATUSSEN } from '../../model/trajecten/casus.model';

/** The organisations a case is handed to: partners (werkplein, sociale dienst, lokaal team …) by their code. */
export const OVERDRACHT_ORGANISATIE_TYPES = ['partner'] as const;
export const OVERDRACHT_ACTIES = ['accepteren', 'weigeren', 'intrekken', 'teruggeven'] as const;
export const OVERDRACHT_STATUSSEN = ['voorgesteld', 'geaccepteerd', 'geweigerd', 'ingetrokken', 'teruggegeven'] as const;

/** POST /casussen/:id/overdrachten — the holder proposes a warm handover to another organisation. */
export const stelOverdrachtVoorSchema = z
  .object({
    naar: z
      .object({
        type: z.enum(OVERDRACHT_ORGANISATIE_TYPES, { error: `type is een van: ${OVERDRACHT_ORGANISATIE_TYPES.join(', ')}` }),
        code: z
          .string({ error: 'code is de code van de organisatie' })
          .regex(/^[a-z0-9-]{2,64}$/, { error: 'code: 2–64 kleine letters, cijfers of -' }),
      })
      .strict(),
    route: z.enum(ROUTES, { error: `route is een van: ${ROUTES.join(', ')}` }).optional(),
  })
  .strict();
export type StelOverdrachtVoorInvoer = z.infer<typeof stelOverdrachtVoorSchema>;

/** Path parameters `/casussen/:id/overdrachten/:overdrachtId`. */
export const overdrachtParamsSchema = z
  .object({ id: z.uuid({ error: 'id is een uuid' }), overdrachtId: z.uuid({ error: 'overdrachtId is een uuid' }) })
  .strict();

/**
 * POST /casussen/:id/overdrachten/:overdrachtId/acties — the receiver accepts (after the warm talk: `gesprek`) or
 * refuses (with a `reden`), the proposer withdraws, either hands the case back.
 */
export const handelOverdrachtAfSchema = z
  .object({
    actie: z.enum(OVERDRACHT_ACTIES, { error: `actie is een van: ${OVERDRACHT_ACTIES.join(', ')}` }),
    gesprek: z
      .object({
        vorm: z.enum(['telefonisch', 'persoonlijk'], { error: 'vorm is telefonisch of persoonlijk' }),
        op: z.iso.datetime({ offset: true, error: 'op is een tijdstip (ISO 8601 met tijdzone)' }),
      })
      .strict()
      .optional(),
    reden: vrijeTekst(2000).optional(),
  })
  .strict();
export type HandelOverdrachtAfInvoer = z.infer<typeof handelOverdrachtAfSchema>;

const organisatie = z.object({ type: z.string(), code: z.string() });

/** A handover as the parties see it. */
export const overdrachtSchema = z.object({
  id: z.uuid(),
  casusId: z.uuid(),
  van: organisatie,
  naar: organisatie,
  route: z.enum(ROUTES).nullable(),
  status: z.enum(OVERDRACHT_STATUSSEN),
  voorgesteldOp: z.iso.datetime({ offset: true }),
  geaccepteerdOp: z.iso.datetime({ offset: true }).nullable(),
  gesprek: z.object({ vorm: z.enum(['telefonisch', 'persoonlijk']), op: z.iso.datetime({ offset: true }) }).nullable(),
  beeindigdOp: z.iso.datetime({ offset: true }).nullable(),
  reden: z.string().nullable(),
  /** When a proposal not accepted escalates (N working days after it), and whether it did. */
  escalatieOp: z.iso.datetime({ offset: true }),
  geescaleerdOp: z.iso.datetime({ offset: true }).nullable(),
});
export type OverdrachtView = z.infer<typeof overdrachtSchema>;

/** GET /casussen/:id/overdrachten — the case's handovers, oldest first, and who holds the case now. */
export const overdrachtenSchema = z.object({ houder: organisatie, overdrachten: z.array(overdrachtSchema) });
export type OverdrachtenView = z.infer<typeof overdrachtenSchema>;

/**
 * GET /overdrachten — a partner's worklist: the proposals waiting for its answer and the cases it holds now (only
 * while the case is open, as toegang's table lets it see them), newest first. Case ids, region and status: no personal data.
 */
export const partnerOverdrachtenSchema = z.object({
  organisatie,
  overdrachten: z.array(overdrachtSchema.extend({ rmcRegio: z.string(), casusStatus: z.enum(CASUS_STATUSSEN) })),
});
export type PartnerOverdrachtenView = z.infer<typeof partnerOverdrachtenSchema>;
