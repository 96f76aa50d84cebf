import { z } from 'zod';
import { schooljaarSchema } from '../../primitives';
import { gepubliceerdeKruistabelSchema } from './tabellenboek';

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

export const verzuimcijfersSchema = z
  .object({
    schooljaar: z.string(),
    perSoortEnStatus: gepubliceerdeKruistabelSchema.describe('rijen: soort verzuim, kolommen: geregistreerd / ingetrokken'),
    perGemeente: gepubliceerdeKruistabelSchema.describe('rijen: woongemeente, kolommen: soort verzuim'),
    perSchool: gepubliceerdeKruistabelSchema.describe('rijen: school (BRIN), kolommen: soort verzuim'),
  })
  .strict();
export type VerzuimcijfersAntwoord = z.infer<typeof verzuimcijfersSchema>;
