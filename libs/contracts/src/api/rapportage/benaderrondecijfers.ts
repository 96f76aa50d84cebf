import { z } from 'zod';
import { schooljaarSchema } from '../../primitives';
import { gepubliceerdeKruistabelSchema } from './tabellenboek';
import { grafiekSchema } from './vsv';

export const BENADERRONDECIJFERS_DIMENSIES = ['rmc-regio', 'ronde'] as const;

/** `GET /api/rapportage/benaderrondes?schooljaar=…&dimensie=…`: the outreach rounds closed in a school year (trajecten's totals). */
export const benaderrondecijfersQuerySchema = z
  .object({
    schooljaar: schooljaarSchema,
    dimensie: z.enum(BENADERRONDECIJFERS_DIMENSIES).default('rmc-regio').describe('rijen per RMC-regio (de rondes opgeteld) of per benaderronde'),
  })
  .strict();
export type BenaderrondecijfersQuery = z.infer<typeof benaderrondecijfersQuerySchema>;

export const benaderrondecijfersSchema = z
  .object({
    schooljaar: z.string(),
    dimensie: z.enum(BENADERRONDECIJFERS_DIMENSIES),
    codes: z.array(z.string()).describe('de code van elke rij: RMC-regio of het id van de ronde'),
    rondes: z.array(z.number().int()).describe('aantal afgesloten rondes per rij (geen aantal jongeren, nooit onderdrukt)'),
    reacties: gepubliceerdeKruistabelSchema.describe(
      'rijen: de dimensie, kolommen: reactie (zelf gereageerd, telefonisch bereikt, anders bereikt, niet bereikt, nog open); rijtotalen = aangeschreven',
    ),
    overdracht: gepubliceerdeKruistabelSchema.describe(
      'rijen: de dimensie, kolommen: overgedragen per organisatie (elke gevonden organisatie), in beeld niet overgedragen, niet in beeld; rijtotalen = aangeschreven',
    ),
    grafiek: grafiekSchema.describe(
      'per rij en in totaal (laatste categorie): aangeschreven, gereageerd of bereikt, in beeld, overgedragen, in beeld %',
    ),
  })
  .strict();
export type BenaderrondecijfersAntwoord = z.infer<typeof benaderrondecijfersSchema>;

/** `GET /api/rapportage/programmas?schooljaar=…`: participations in the regions' programmes (trajecten's events). */
export const programmaresultatenQuerySchema = z.object({ schooljaar: schooljaarSchema }).strict();
export type ProgrammaresultatenQuery = z.infer<typeof programmaresultatenQuerySchema>;

export const programmaresultatenSchema = z
  .object({
    schooljaar: z.string(),
    codes: z.array(z.string()).describe('het id van het programma van elke rij (trajecten: GET /api/trajecten/programmas/{rmcRegio} geeft de naam)'),
    regios: z.array(z.string()).describe('de RMC-regio van elke rij'),
    gestart: gepubliceerdeKruistabelSchema.describe('rijen: programma, kolommen: resultaat van de deelnames gestart in het schooljaar, of loopt nog'),
    beeindigd: gepubliceerdeKruistabelSchema.describe('rijen: programma, kolommen: resultaat van de deelnames beëindigd in het schooljaar'),
    grafiek: grafiekSchema.describe('per programma en in totaal (laatste categorie): gestart, beëindigd en per resultaat van de beëindigde'),
  })
  .strict();
export type ProgrammaresultatenAntwoord = z.infer<typeof programmaresultatenSchema>;
