import { z } from 'zod';
import { rmcRegioCodeSchema, vrijeTekst } from '../../primitives';
import { RONDE_REACTIES } from '../../model/trajecten/resultaten.model';

/** GET|POST /benaderrondes/:rmcRegio — the region's outreach rounds. */
export const benaderrondeRegioParamsSchema = z.object({ rmcRegio: rmcRegioCodeSchema }).strict();
/** …/benaderrondes/:rmcRegio/:rondeId */
export const benaderrondeParamsSchema = z.object({ rmcRegio: rmcRegioCodeSchema, rondeId: z.uuid({ error: 'rondeId is een uuid' }) }).strict();
/** …/benaderrondes/:rmcRegio/:rondeId/deelnemers/:casusId */
export const rondeDeelnemerParamsSchema = z
  .object({
    rmcRegio: rmcRegioCodeSchema,
    rondeId: z.uuid({ error: 'rondeId is een uuid' }),
    casusId: z.uuid({ error: 'casusId is een uuid' }),
  })
  .strict();

/**
 * POST /benaderrondes/:rmcRegio — start a round over the cases of an imported DUO list (`duoLijstId`), a chosen set of
 * the region's cases (`casusIds`), or both (the list's cases and the chosen ones). Everyone on it is written to.
 */
export const startBenaderrondeSchema = z
  .object({
    naam: vrijeTekst(200),
    duoLijstId: z.uuid({ error: 'duoLijstId is een uuid' }).optional(),
    casusIds: z
      .array(z.uuid({ error: 'casusIds bevat alleen uuids' }), { error: 'casusIds is een lijst van casus-ids' })
      .min(1, { error: 'casusIds noemt minstens één casus' })
      .max(5000, { error: 'casusIds noemt hoogstens 5000 casussen' })
      .optional(),
  })
  .strict()
  .refine((v) => v.duoLijstId !== undefined || v.casusIds !== undefined, {
    error: 'noem een DUO-lijst (duoLijstId) of casussen (casusIds), of beide',
    path: ['duoLijstId'],
  });
export type StartBenaderrondeInvoer = z.infer<typeof startBenaderrondeSchema>;

/** Who took a young person on: an organisation's code (`rmc`, `jongerenwerk`, `jongerenloket`, a partner's code), never a name. */
const organisatieCodeSchema = z
  .string({ error: 'overgedragenAan is een organisatiecode' })
  .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, { error: 'overgedragenAan is een organisatiecode: kleine letters, cijfers en streepjes (2 tot 40 tekens)' });

/** PUT …/:rondeId/deelnemers/:casusId — one young person's result in the round. */
export const legRondeResultaatVastSchema = z
  .object({
    reactie: z.enum(RONDE_REACTIES, { error: `reactie is een van: ${RONDE_REACTIES.join(', ')}` }),
    inBeeld: z.boolean({ error: 'inBeeld is waar of onwaar' }),
    overgedragenAan: organisatieCodeSchema.optional(),
  })
  .strict();
export type LegRondeResultaatVastInvoer = z.infer<typeof legRondeResultaatVastSchema>;

/** The round's tallies (contacten/domain/benaderronde.ts telRonde). */
export const rondeTellingSchema = z.object({
  aangeschreven: z.number().int(),
  zelfGereageerd: z.number().int(),
  telefonischBereikt: z.number().int(),
  andersBereikt: z.number().int(),
  nietBereikt: z.number().int(),
  nogOpen: z.number().int(),
  inBeeld: z.number().int(),
  overgedragenAan: z.record(z.string(), z.number().int()),
});
export type RondeTellingView = z.infer<typeof rondeTellingSchema>;

export const rondeDeelnemerSchema = z.object({
  casusId: z.uuid(),
  reactie: z.enum(RONDE_REACTIES),
  inBeeld: z.boolean(),
  overgedragenAan: z.string().nullable(),
  gewijzigdOp: z.iso.datetime({ offset: true }),
});
export type RondeDeelnemerView = z.infer<typeof rondeDeelnemerSchema>;

/** A round with its totals; `deelnemers` only on the round's own page. */
export const benaderrondeSchema = z.object({
  id: z.uuid(),
  rmcRegio: z.string(),
  naam: z.string(),
  duoLijstId: z.uuid().nullable(),
  gestartOp: z.iso.datetime({ offset: true }),
  afgeslotenOp: z.iso.datetime({ offset: true }).nullable(),
  telling: rondeTellingSchema,
  deelnemers: z.array(rondeDeelnemerSchema).optional(),
});
export type BenaderrondeView = z.infer<typeof benaderrondeSchema>;

export const benaderrondesSchema = z.object({ rmcRegio: z.string(), rondes: z.array(benaderrondeSchema) });
export type BenaderrondesView = z.infer<typeof benaderrondesSchema>;
