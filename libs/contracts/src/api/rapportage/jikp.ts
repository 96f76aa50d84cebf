import { z } from 'zod';
import { datumSchema, rmcRegioCodeSchema, schooljaarSchema } from '../../primitives';
import { gepubliceerdeKruistabelSchema } from './tabellenboek';
import { grafiekSchema } from './vsv';

const teldatumSchema = datumSchema.refine((d) => d.endsWith('-10-01'), {
  error: 'peildatum is een teldatum: 1 oktober (JJJJ-10-01)',
  params: { rule: 'peildatum.teldatum' },
});

const totLeeftijdSchema = z.coerce
  .number({ error: 'totLeeftijd is een geheel getal' })
  .int({ error: 'totLeeftijd is een geheel getal' })
  .min(17, { error: 'totLeeftijd is minstens 17' })
  .max(30, { error: 'totLeeftijd is hoogstens 30' })
  .default(23)
  .describe('de eerste leeftijd die niet meer telt: 23 (16 tot en met 22) volgens OCW; lokale plannen rekken op tot 27');

const regioSchema = rmcRegioCodeSchema.optional().describe('de RMC-regio (voor ops verplicht; een RMC-regio of gemeente krijgt altijd de eigen)');

const voorlopigSchema = z
  .boolean()
  .describe('true zolang de peildatum nog moet komen: wie dan nog niet is ingeschreven telt voorlopig als niet in onderwijs');

const gemeenteKolomSchema = z.object({ code: z.string(), naam: z.string() }).strict();

/** `GET /api/rapportage/jikp/factsheet`: the JiKP factsheet on a teldatum (seed 002), with the years before beside it. */
export const jikpFactsheetQuerySchema = z
  .object({
    peildatum: teldatumSchema.describe('de teldatum waarop geteld wordt (1 oktober)'),
    rmcRegio: regioSchema,
    totLeeftijd: totLeeftijdSchema,
    jaren: z.coerce
      .number({ error: 'jaren is een geheel getal' })
      .int({ error: 'jaren is een geheel getal' })
      .min(1, { error: 'jaren is minstens 1' })
      .max(10, { error: 'jaren is hoogstens 10' })
      .default(5)
      .describe('hoeveel peildata (1 oktober, jaarlijks, tot en met de peildatum) de vergelijking toont'),
  })
  .strict();
export type JikpFactsheetQuery = z.infer<typeof jikpFactsheetQuerySchema>;

export const jikpFactsheetSchema = z
  .object({
    peildatum: z.string(),
    voorlopig: voorlopigSchema,
    band: z.object({ vanaf: z.number().int(), tot: z.number().int() }).strict(),
    gemeenten: z.array(gemeenteKolomSchema).describe('de gemeenten van het bereik, in de volgorde van de tabellen'),
    achtergrondEnParticipatie: gepubliceerdeKruistabelSchema.describe(
      'rijen: pro, vso, vmbo-bb, entree; kolommen: onderwijs, arbeid, dagbesteding, geen',
    ),
    leeftijdEnAchtergrond: gepubliceerdeKruistabelSchema.describe('rijen: leeftijd op de peildatum; kolommen: achtergrond'),
    gemeenteEnAchtergrond: gepubliceerdeKruistabelSchema.describe('rijen: woongemeente; kolommen: achtergrond'),
    leeftijdOnbekend: z
      .number()
      .int()
      .nullable()
      .describe(
        'jongeren met een JiKP-achtergrond zonder startkwalificatie van wie de leeftijd niet bekend is (niet in de tabellen); null = onderdrukt',
      ),
    vergelijking: grafiekSchema.describe('per peildatum het totaal, per achtergrond en per participatie (de gepubliceerde marges)'),
  })
  .strict();
export type JikpFactsheetAntwoord = z.infer<typeof jikpFactsheetSchema>;

/** `GET /api/rapportage/jikp/kwetsbare-positie`: young people in a kwetsbare positie per gemeente (seed 003's table). */
export const kwetsbarePositieQuerySchema = z
  .object({
    schooljaar: schooljaarSchema.describe('het schooljaar van de uitstroom; de rest wordt geteld op 1 oktober daarna'),
    rmcRegio: regioSchema,
    totLeeftijd: totLeeftijdSchema,
    uitgesplitst: z
      .enum(['true', 'false'], { error: 'uitgesplitst is true of false' })
      .default('false')
      .transform((v) => v === 'true')
      .describe('de uitstroom in drie rijen (pro, vso, entree) in plaats van één'),
  })
  .strict();
export type KwetsbarePositieQuery = z.infer<typeof kwetsbarePositieQuerySchema>;

export const kwetsbarePositieSchema = z
  .object({
    schooljaar: z.string(),
    peildatum: z.string().describe('1 oktober na het schooljaar: de dag waarop leeftijd, startkwalificatie en participatie gelden'),
    voorlopig: voorlopigSchema,
    band: z.object({ vanaf: z.number().int(), tot: z.number().int() }).strict(),
    gemeenten: z.array(gemeenteKolomSchema),
    tabel: gepubliceerdeKruistabelSchema.describe('rijen: de categorieën (elke jongere in de eerste die past); kolommen: woongemeente; totalen'),
    grafiek: grafiekSchema.describe('per categorie het aantal per gemeente'),
  })
  .strict();
export type KwetsbarePositieAntwoord = z.infer<typeof kwetsbarePositieSchema>;
