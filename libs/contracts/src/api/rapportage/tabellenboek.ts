import { z } from 'zod';
import { brinSchema, schooljaarSchema, vestigingSchema } from '../../primitives';

/**
 * `GET /api/rapportage/tabellenboek?schooljaar=…&brin=…&vestiging=…`: the tabellenboek of one VO school (or one
 * vestiging) in one school year. A VO school may leave out brin (its own).
 */
export const tabellenboekQuerySchema = z
  .object({
    schooljaar: schooljaarSchema,
    brin: brinSchema.optional().describe('de VO-school (BRIN); een VO-school mag hem weglaten (haar eigen)'),
    vestiging: vestigingSchema.optional().describe('één vestiging (BRIN + 2 cijfers); zonder: de hele school'),
  })
  .strict();
export type TabellenboekQuery = z.infer<typeof tabellenboekQuerySchema>;

const telling = z.number().int().nonnegative().nullable();

/** A two-way table as it may leave the organisation: a suppressed count is null. */
export const gepubliceerdeKruistabelSchema = z
  .object({
    rijen: z.array(z.string()),
    kolommen: z.array(z.string()),
    cellen: z.array(z.array(telling)).describe('cellen[rij][kolom]; null = onderdrukt'),
    rijtotalen: z.array(telling),
    kolomtotalen: z.array(telling),
    totaal: telling,
    drempel: z.number().int().min(1).nullable().describe('de toegepaste drempel; null = binnen de eigen organisatie, niets onderdrukt'),
  })
  .strict();

/** A one-way table as it may leave the organisation: a suppressed count is null. */
export const gepubliceerdeReeksSchema = z
  .object({
    categorieen: z.array(z.string()),
    waarden: z.array(telling),
    totaal: telling,
    drempel: z.number().int().min(1).nullable(),
  })
  .strict();

export const tabellenboekSchema = z
  .object({
    schooljaar: z.string(),
    brin: z.string(),
    vestiging: z.string().nullable(),
    rmcRegio: z.string().nullable().describe('alleen de inwoners van deze RMC-regio (als een RMC kijkt); null = alle leerlingen'),
    keuze1AprilEnAanmelding: gepubliceerdeKruistabelSchema.describe('keuze op 1 april × aanmelding (op tijd / niet op tijd / geen mbo)'),
    keuzeEnWerkelijk: gepubliceerdeKruistabelSchema.describe('keuze aan het einde van het schooljaar × werkelijke bestemming op 1 oktober'),
    signalen: gepubliceerdeReeksSchema.describe('signalen over de leerlingen van de school in het schooljaar, per soort'),
  })
  .strict();
export type TabellenboekAntwoord = z.infer<typeof tabellenboekSchema>;

/** `GET /api/rapportage/signalen?schooljaar=…`: signals per RMC-regio (of residence) and type. */
export const signalenPerRegioQuerySchema = z.object({ schooljaar: schooljaarSchema }).strict();
export type SignalenPerRegioQuery = z.infer<typeof signalenPerRegioQuerySchema>;

export const signalenPerRegioSchema = z
  .object({
    schooljaar: z.string(),
    tabel: gepubliceerdeKruistabelSchema.describe('rijen: RMC-regio (onbekend als laatste), kolommen: soort signaal'),
    rmcRegios: z.array(z.string().nullable()).describe('de code per rij; null = woonregio onbekend'),
    signaaltypen: z.array(z.string()).describe('het eventtype per kolom'),
  })
  .strict();
export type SignalenPerRegio = z.infer<typeof signalenPerRegioSchema>;
