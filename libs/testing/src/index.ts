export { TESTING_DATA_DIR_ENV, resolveTestingDataFile } from './data-file';
export {
  MBO_INSTELLINGEN_BESTAND,
  MBO_LOCATIES_BESTAND,
  VO_STRUCTUREN,
  VO_VESTIGINGEN_BESTAND,
  afstandKm,
  afstandMaat,
  buildSchoolRegister,
  schoolRegister,
} from './synthetic/school-register';
export type { Coordinaat, MboInstelling, MboLocatie, SchoolRegister, VoStructuur, VoVestiging } from './synthetic/school-register';
export { PLANNEN, generateCohort, testBsnCapaciteit } from './synthetic/cohort-generator';
export type {
  Bestemming,
  Cohort,
  CohortOpties,
  CohortStats,
  CohortVestiging,
  LeerlingFate,
  Onderwijstype,
  Plan,
  Uitstroomprofiel,
} from './synthetic/cohort-generator';
export { VOORBEELD_OPLEIDINGEN } from './synthetic/opleidingen';
export type { VoorbeeldOpleiding } from './synthetic/opleidingen';
export { ACHTERNAMEN, VOORNAMEN_JONGENS, VOORNAMEN_MEISJES } from './synthetic/namen';
export * from './harness';
export * from './auth/test-token-issuer';
export * from './oidc/demo-login';
export { aanmeldingGemist } from './synthetic/signalen';
export * from './fuzz/tekstvelden';
export * from './toegang/matrix';
