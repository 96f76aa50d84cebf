import { z } from 'zod';
import { schooljaarSchema } from '../../primitives';
import { gepubliceerdeKruistabelSchema } from './tabellenboek';

/** A chart-ready figure: one category axis, series along it (ECharts: xAxis.data = as.labels, series[i].data = waarden). */
export const grafiekSchema = z
  .object({
    figuur: z.string(),
    titel: z.string(),
    as: z.object({ naam: z.string(), codes: z.array(z.string()), labels: z.array(z.string()) }).strict(),
    reeksen: z.array(
      z
        .object({
          code: z.string(),
          naam: z.string(),
          eenheid: z.enum(['aantal', 'percentage', 'dagen', 'weken', 'per-fte']),
          waarden: z.array(z.number().nullable()).describe('null = onderdrukt (onderdrukt true) of bestaat niet (een percentage van niemand)'),
          onderdrukt: z.array(z.boolean()),
        })
        .strict(),
    ),
    drempel: z.number().int().min(1).nullable().describe('de toegepaste drempel; null = binnen de eigen organisatie, niets onderdrukt'),
  })
  .strict();
export type GrafiekAntwoord = z.infer<typeof grafiekSchema>;

export const VSV_DIMENSIES = ['rmc-regio', 'gemeente', 'school', 'niveau'] as const;

/** `GET /api/rapportage/vsv?schooljaar=…&dimensie=…`: statistical VSV of school year t (1 October t → 1 October t+1). */
export const vsvQuerySchema = z
  .object({
    schooljaar: schooljaarSchema,
    dimensie: z
      .enum(VSV_DIMENSIES)
      .default('gemeente')
      .describe('rijen per RMC-regio, woongemeente, school (BRIN) of niveau (vo onderbouw … mbo 4, vavo)'),
  })
  .strict();
export type VsvQuery = z.infer<typeof vsvQuerySchema>;

export const vsvSchema = z
  .object({
    schooljaar: z.string(),
    dimensie: z.enum(VSV_DIMENSIES),
    teldatum: z.string().describe('1 oktober t: ingeschreven op deze dag = deelnemer'),
    volgendeTeldatum: z.string().describe('1 oktober t+1: nergens ingeschreven en geen startkwalificatie = voortijdig schoolverlater'),
    voorlopig: z.boolean().describe('true zolang 1 oktober t+1 nog moet komen: wie nog niet voor t+1 is ingeschreven telt voorlopig als vsv'),
    codes: z.array(z.string()).describe('de code van elke rij (RMC-regio, gemeentecode, BRIN of niveaucode)'),
    tabel: gepubliceerdeKruistabelSchema.describe('rijen: de dimensie, kolommen: vsv / geen vsv; rijtotalen = deelnemers'),
    grafiek: grafiekSchema.describe('vsv, deelnemers en vsv-percentage per rij en in totaal (laatste categorie)'),
  })
  .strict();
export type VsvAntwoord = z.infer<typeof vsvSchema>;
