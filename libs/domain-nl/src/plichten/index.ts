export { diplomaSchema, heeftStartkwalificatie, isStartkwalificatie } from './diploma';
export type { Diploma, DiplomaSoort } from './diploma';
export { kwalificatieplichtBegin, kwalificatieplichtEinde, isKwalificatieplichtig } from './kwalificatieplicht';
export { isMinstens, leeftijdOp, verjaardag } from './leeftijd';
export { isLeerplichtig, leerplichtBegin, leerplichtEinde } from './leerplicht';
export type { PlichtOpties } from './plicht-opties';
export { RMC_LEEFTIJDSGRENS, laatsteTeldatumOnder23, valtOnderRmc } from './rmc';
export { verantwoordelijke } from './verantwoordelijke';
export type { Verantwoordelijke } from './verantwoordelijke';
