export type { Gemeente, RmcRegio } from './gemeente';
export { naamSleutel } from './gemeente-naam';
export { ALIASSEN_BESTAND, GEMEENTEN_BESTAND, gemeentenRegister } from './gemeenten-bron';
export { buildGemeentenRegister } from './gemeenten-register';
export type { GemeentenRegister } from './gemeenten-register';
export { alleGemeenten, alleRmcRegios, gemeente, gemeenteByNaam, gemeentenInRegio, rmcRegioVanCode, rmcRegioVanGemeente } from './gemeenten';
export { WOONGEMEENTE_MELDING } from './woongemeente-melding';
