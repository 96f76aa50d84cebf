import { z } from 'zod';
import { schooljaarSchema } from '../../primitives';
import { ZIEKTEVERZUIM_GRONDEN } from '../../events/verzuim/ziekteverzuim.events';
import { gepubliceerdeKruistabelSchema } from './tabellenboek';
import { grafiekSchema } from './vsv';

/**
 * `GET /api/rapportage/effectrapportage?schooljaar=…`: the cases an RMC closed in a school year, per RMC-regio by
 * outcome category and by timeliness of first contact and intake (trajecten's events).
 */
export const effectrapportageQuerySchema = z.object({ schooljaar: schooljaarSchema }).strict();
export type EffectrapportageQuery = z.infer<typeof effectrapportageQuerySchema>;

export const effectrapportageSchema = z
  .object({
    schooljaar: z.string(),
    uitkomsten: gepubliceerdeKruistabelSchema.describe('rijen: RMC-regio, kolommen: uitkomstcategorie van de effectrapportage'),
    eersteContact: gepubliceerdeKruistabelSchema.describe('rijen: RMC-regio, kolommen: tijd tot eerste contact (< 4, 4–6, > 6 weken, nog niet)'),
    intake: gepubliceerdeKruistabelSchema.describe('rijen: RMC-regio, kolommen: tijd tot intake (< 4, 4–6, > 6 weken, nog niet)'),
  })
  .strict();
export type EffectrapportageAntwoord = z.infer<typeof effectrapportageSchema>;

/** `GET /api/rapportage/alerts?schooljaar=…&dimensie=…`: alerts created in a school year, per organisation or signal type. */
export const alertcijfersQuerySchema = z
  .object({
    schooljaar: schooljaarSchema,
    dimensie: z.enum(['organisatie', 'signaaltype']).default('organisatie').describe('rijen per organisatie (type:code) of per soort signaal'),
  })
  .strict();
export type AlertcijfersQuery = z.infer<typeof alertcijfersQuerySchema>;

export const alertcijfersSchema = z
  .object({
    schooljaar: z.string(),
    dimensie: z.enum(['organisatie', 'signaaltype']),
    stand: gepubliceerdeKruistabelSchema.describe('waar de alerts nu staan (open, opgepakt, afgehandeld), met en zonder escalatie'),
    opgepakt: gepubliceerdeKruistabelSchema.describe('tijd van aanmaken tot oppakken, in klassen'),
    afgehandeld: gepubliceerdeKruistabelSchema.describe('tijd van aanmaken tot afhandelen, in klassen'),
  })
  .strict();
export type AlertcijfersAntwoord = z.infer<typeof alertcijfersSchema>;

/** `GET /api/rapportage/verzuim?schooljaar=…`: verzuimmeldingen of a school year (by their start date). */
export const verzuimcijfersQuerySchema = z.object({ schooljaar: schooljaarSchema }).strict();
export type VerzuimcijfersQuery = z.infer<typeof verzuimcijfersQuerySchema>;

/** Median and 90th percentile in calendar days; null when fewer durations than the threshold (outside the organisation) or none. */
const dagenSamenvattingSchema = z.object({ mediaan: z.number().nullable(), p90: z.number().nullable() }).strict();

export const verzuimcijfersSchema = z
  .object({
    schooljaar: z.string(),
    perSoortEnStatus: gepubliceerdeKruistabelSchema.describe(
      'rijen: soort verzuim, kolommen: status (geregistreerd, in behandeling, afgesloten, ter kennisgeving aangenomen, ingetrokken)',
    ),
    perGemeente: gepubliceerdeKruistabelSchema.describe('rijen: woongemeente, kolommen: soort verzuim'),
    perSchool: gepubliceerdeKruistabelSchema.describe('rijen: school (BRIN), kolommen: soort verzuim'),
    perGemeenteEnStatus: gepubliceerdeKruistabelSchema
      .nullable()
      .describe('rijen: woongemeente, kolommen: status; null buiten de eigen organisatie (ops, exports): niet samen te beschermen'),
    perSchoolEnStatus: gepubliceerdeKruistabelSchema
      .nullable()
      .describe('rijen: school (BRIN), kolommen: status; null buiten de eigen organisatie (ops, exports): niet samen te beschermen'),
    totInBehandeling: gepubliceerdeKruistabelSchema.describe(
      'rijen: soort verzuim, kolommen: kalenderdagen van registratie tot in behandeling (klassen), nog niet, niet in behandeling genomen',
    ),
    totAfgesloten: gepubliceerdeKruistabelSchema.describe(
      'rijen: soort verzuim, kolommen: kalenderdagen van registratie tot afgesloten (klassen), nog open, anders beëindigd',
    ),
    mediaanDagen: z
      .array(z.object({ soort: z.string(), totInBehandeling: dagenSamenvattingSchema, totAfgesloten: dagenSamenvattingSchema }).strict())
      .describe('per soort verzuim en over alle soorten (de laatste): mediaan en p90 van de kalenderdagen tot in behandeling en tot afgesloten'),
  })
  .strict();
export type VerzuimcijfersAntwoord = z.infer<typeof verzuimcijfersSchema>;

/** `GET /api/rapportage/ziekteverzuim?schooljaar=…`: M@ZL signals (zorgwekkend ziekteverzuim) of a school year. */
export const ziekteverzuimcijfersQuerySchema = z.object({ schooljaar: schooljaarSchema }).strict();
export type ZiekteverzuimcijfersQuery = z.infer<typeof ziekteverzuimcijfersQuerySchema>;

export const ziekteverzuimcijfersSchema = z
  .object({
    schooljaar: z.string(),
    kolommen: z
      .array(z.object({ grond: z.enum(ZIEKTEVERZUIM_GRONDEN), ingetrokken: z.boolean() }).strict())
      .describe('de code van elke kolom van beide tabellen: de grond van het signaal en of verzuim het introk'),
    perSchool: gepubliceerdeKruistabelSchema.describe(
      'rijen: school (BRIN), kolommen: grond (4 ziekmeldingen in 12 schoolweken, 7e schooldag ziek), van kracht en ingetrokken; rijtotalen = alle signalen',
    ),
    perGemeente: gepubliceerdeKruistabelSchema.describe('rijen: woongemeente, kolommen als per school; kolomtotalen gelijk aan die per school'),
    grafiekPerSchool: grafiekSchema.describe('per school een reeks per kolom en de rijtotalen'),
    grafiekPerGemeente: grafiekSchema.describe('per woongemeente een reeks per kolom en de rijtotalen'),
  })
  .strict();
export type ZiekteverzuimcijfersAntwoord = z.infer<typeof ziekteverzuimcijfersSchema>;
