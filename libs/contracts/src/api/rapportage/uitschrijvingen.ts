import { z } from 'zod';
import { rmcRegioCodeSchema, schooljaarSchema } from '../../primitives';
import { gepubliceerdeKruistabelSchema } from './tabellenboek';
import { grafiekSchema } from './vsv';

export const UITSCHRIJVING_DIMENSIES = ['instelling', 'opleiding'] as const;

/** How the region of the comparison row was chosen. */
export const REGIOKEUZES = ['gevraagd', 'eigen-regio', 'meeste-studenten'] as const;

/**
 * `GET /api/rapportage/uitschrijvingen?schooljaar=…&dimensie=…&rmcRegio=…`: uitschrijvingen (DUO reasons 1–9) and
 * switches of the mbo inschrijvingen that ran in a school year, per institution or programme, beside a region.
 */
export const uitschrijvingenQuerySchema = z
  .object({
    schooljaar: schooljaarSchema,
    dimensie: z
      .enum(UITSCHRIJVING_DIMENSIES)
      .default('opleiding')
      .describe('rijen per mbo-instelling (BRIN) of per opleiding (crebo en niveau, over de instellingen van het bereik samen)'),
    rmcRegio: rmcRegioCodeSchema
      .optional()
      .describe(
        'de RMC-regio van de vergelijkingsrij (de woonregio van de studenten). Zonder: een mbo-instelling de regio waar de meeste van haar studenten van dat jaar wonen, een RMC-regio de eigen, een gemeente die waarin zij ligt, ops geen',
      ),
  })
  .strict();
export type UitschrijvingenQuery = z.infer<typeof uitschrijvingenQuerySchema>;

export const uitschrijvingenSchema = z
  .object({
    schooljaar: z.string(),
    dimensie: z.enum(UITSCHRIJVING_DIMENSIES),
    periode: z
      .object({ eersteDag: z.string(), laatsteDag: z.string() })
      .strict()
      .describe('1 augustus – 31 juli: een inschrijving telt als zij begon op of voor de laatste dag en niet eindigde voor de eerste'),
    codes: z.array(z.string()).describe('de code van elke rij: BRIN, of crebo-niveau (25180-4)'),
    kolomcodes: z.array(z.string()).describe('de code van elke kolom: reden-1 … reden-9, switch, niet-beeindigd'),
    tabel: gepubliceerdeKruistabelSchema.describe(
      'rijen: de dimensie; kolommen: uitgeschreven met DUO-reden 1–9, geswitcht, niet beëindigd in het schooljaar; rijtotaal = inschrijvingen in het schooljaar',
    ),
    regio: z
      .object({
        code: z.string(),
        naam: z.string(),
        keuze: z.enum(REGIOKEUZES).describe('gevraagd (rmcRegio), eigen-regio, of meeste-studenten (de woonregio van de meeste studenten)'),
        tabel: gepubliceerdeKruistabelSchema.describe(
          'één rij: dezelfde kolommen over alle mbo-inschrijvingen van de jongeren die in de regio wonen, bij alle instellingen (de eigen meegeteld)',
        ),
      })
      .strict()
      .nullable()
      .describe(
        'de vergelijkingsrij; null als er geen regio te kiezen is (ops zonder rmcRegio, een instelling zonder studenten met bekende woonregio)',
      ),
    grafiek: grafiekSchema.describe(
      'uitschrijving-, uitval- (zonder reden 8) en switchpercentage per rij, van het totaal en van de regio (laatste categorieën)',
    ),
  })
  .strict();
export type UitschrijvingenAntwoord = z.infer<typeof uitschrijvingenSchema>;
