export { BSN_MELDINGEN, bsnSchema, isValidBsn, normaliseBsn } from './bsn';
export { BRIN_MELDING, brinSchema, isValidBrin, normaliseBrin } from './brin';
export { CREBO_MELDING, creboSchema, isValidCrebo, normaliseCrebo } from './crebo';
export { ELFPROEF_GEWICHTEN, elfproefSom } from './elfproef';
export { GEMEENTECODE_MELDING, gemeentecodeSchema, isValidGemeentecode, normaliseGemeentecode } from './gemeentecode';
export { MBO_NIVEAU_MELDING, MBO_NIVEAU_NAMEN, MBO_NIVEAUS, isMboNiveau, mboNiveauSchema } from './mbo-niveau';
export type { MboNiveau } from './mbo-niveau';
export {
  ONDERWIJSNUMMER_MELDINGEN,
  isValidOnderwijsnummer,
  normaliseOnderwijsnummer,
  onderwijsnummerSchema,
} from './onderwijsnummer';
export {
  PERSOONSNUMMER_MELDING,
  isValidPersoonsnummer,
  normalisePersoonsnummer,
  parsePersoonsnummer,
  persoonsnummerSchema,
} from './persoonsnummer';
export type { Persoonsnummer, PersoonsnummerSoort } from './persoonsnummer';
export { POSTCODE_MELDINGEN, isValidPostcode, normalisePostcode, postcodeSchema } from './postcode';
export {
  HOOGSTE_RMC_REGIO_NUMMER,
  RMC_REGIO_CODE_MELDING,
  isValidRmcRegioCode,
  rmcRegioCode,
  rmcRegioCodeSchema,
  rmcRegioNummer,
} from './rmc-regio-code';
export { TEST_BSN_PREFIX, generateTestBsn, isTestBsn } from './test-bsn';
export { generateTestOnderwijsnummer } from './test-onderwijsnummer';
export { JONGERE_ID_MELDING, JONGERE_ID_VORM, isJongereId } from './jongere-id-vorm';
export {
  VESTIGING_MELDING,
  brinVanVestiging,
  isValidVestiging,
  normaliseVestiging,
  vestigingSchema,
} from './vestiging';
