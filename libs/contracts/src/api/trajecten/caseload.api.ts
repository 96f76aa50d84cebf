import { z } from 'zod';
import { vrijeTekst } from '../../primitives';

const SOORTEN = ['rmc', 'leerplicht'] as const;

/**
 * PUT /caseload/:rmcRegio — the region's team (each casusregisseur by token `sub`, the kind of caseload and fte) and,
 * optionally, its own norms per fte (default RMC 300, leerplicht 250). Replaces the whole team.
 */
export const zetCaseloadTeamSchema = z
  .object({
    normen: z
      .object({
        rmc: z.number({ error: 'rmc is een getal' }).int().min(1).max(1000, { error: 'de norm is 1 tot en met 1000 casussen per fte' }).optional(),
        leerplicht: z
          .number({ error: 'leerplicht is een getal' })
          .int()
          .min(1)
          .max(1000, { error: 'de norm is 1 tot en met 1000 casussen per fte' })
          .optional(),
      })
      .strict()
      .optional(),
    team: z
      .array(
        z
          .object({
            gebruiker: vrijeTekst(200),
            soort: z.enum(SOORTEN, { error: 'soort is rmc of leerplicht' }),
            fte: z.number({ error: 'fte is een getal' }).gt(0, { error: 'fte is meer dan 0' }).max(1, { error: 'fte is hoogstens 1' }),
          })
          .strict(),
      )
      .max(500)
      .refine((team) => new Set(team.map((lid) => lid.gebruiker)).size === team.length, { error: 'elke gebruiker hoogstens één keer' }),
  })
  .strict();
export type ZetCaseloadTeamInvoer = z.infer<typeof zetCaseloadTeamSchema>;

/** GET|PUT /caseload/:rmcRegio — open cases per casusregisseur against norm × fte, fullest first. */
export const caseloadOverzichtSchema = z.object({
  rmcRegio: z.string(),
  normen: z.object({ rmc: z.number().int(), leerplicht: z.number().int() }),
  regels: z.array(
    z.object({
      gebruiker: z.string(),
      soort: z.enum(SOORTEN),
      fte: z.number(),
      aantal: z.number().int(),
      capaciteit: z.number().int(),
      bezettingProcent: z.number().int(),
      bovenNorm: z.boolean(),
    }),
  ),
  totaal: z.object({ aantal: z.number().int(), capaciteit: z.number().int(), bezettingProcent: z.number().int() }),
  nietToegewezen: z.number().int(),
  /** Regisseurs of open cases who are not (or no longer) on the team. */
  onbekendeRegisseurs: z.array(z.string()),
});
export type CaseloadOverzichtView = z.infer<typeof caseloadOverzichtSchema>;
