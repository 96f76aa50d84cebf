// The code primitives, defined once on domain-nl's validators, for every API schema, event payload and token claim.
export { GEBOORTEDATUM_MELDINGEN, datumSchema, geboortedatumSchema } from './datum';
export { jongereIdSchema, persoonsnummerSchema, postcodeSchema } from './person';
export { gemeentecodeSchema, rmcRegioCodeSchema, woongemeenteSchema } from './region-codes';
export { SCHOOLJAAR_MELDINGEN, schooljaarSchema } from './schooljaar';
export { brinSchema, creboSchema, mboNiveauSchema, vestigingSchema } from './school-codes';
export { TEKST_MELDINGEN, vrijeTekst } from './tekst';
export type { TekstOpties } from './tekst';
