export { BSN_MELDINGEN, bsnSchema, isValidBsn, normaliseBsn } from './bsn';
export { BRIN_MELDING, BRIN_VORM, isValidBrin, normaliseBrin } from './brin';
export { compactNumber } from './compact-number';
export { CREBO_MELDING, CREBO_VORM, isValidCrebo, normaliseCrebo } from './crebo';
export { ELFPROEF_GEWICHTEN, elfproefSom } from './elfproef';
export { GEMEENTECODE_MELDING, GEMEENTECODE_VORM, isValidGemeentecode, normaliseGemeentecode } from './gemeentecode';
export { MBO_NIVEAU_MELDING, MBO_NIVEAU_NAMEN, MBO_NIVEAUS, isMboNiveau } from './mbo-niveau';
export type { MboNiveau } from './mbo-niveau';
export { ONDERWIJSNUMMER_MELDINGEN, isValidOnderwijsnummer, normaliseOnderwijsnummer, onderwijsnummerSchema } from './onderwijsnummer';
export { PERSOONSNUMMER_MELDING, isValidPersoonsnummer, normalisePersoonsnummer, parsePersoonsnummer } from './persoonsnummer';
export type { Persoonsnummer, PersoonsnummerSoort } from './persoonsnummer';
export { POSTCODE_MELDINGEN, POSTCODE_VORM, isValidPostcode, normalisePostcode } from './postcode';
export {
  HOOGSTE_RMC_REGIO_NUMMER,
  RMC_REGIO_CODE_MELDING,
  RMC_REGIO_CODE_VORM,
  isValidRmcRegioCode,
  rmcRegioCode,
  rmcRegioNummer,
} from './rmc-regio-code';
export { TEST_BSN_PREFIX, generateTestBsn, isTestBsn } from './test-bsn';
export { generateTestOnderwijsnummer } from './test-onderwijsnummer';
export { JONGERE_ID_MELDING, JONGERE_ID_VORM, isJongereId } from './jongere-id-vorm';
export { VESTIGING_MELDING, brinVanVestiging, isValidVestiging, normaliseVestiging, VESTIGING_VORM } from './vestiging';
