import { AbsentieHistorie } from '../../absenties/domain/absentie-historie';
import { Leerling } from '../../leerlingen/domain/leerling';
import { langdurigRelatiefVerzuim } from './langdurig-relatief-verzuim';
import { luxeVerzuim } from './luxe-verzuim';
import { rmcVerzuim } from './rmc-verzuim';
import { BerekendeMelding, opEinddatum } from './verzuimmelding';
import { STANDAARD_INSTELLINGEN, VerzuimInstellingen } from './verzuim-instellingen';
import { Telstart, zestienUur } from './zestien-uur';

/**
 * Every melding due from one student's absence at one school: 16 uur in 4 weken, langdurig relatief verzuim,
 * RMC-verzuim and luxe verzuim, in order of einddatum. Each rule is one linear pass over the records.
 */
export function beoordeelVerzuim(
  historie: AbsentieHistorie,
  leerling: Leerling,
  instellingen: VerzuimInstellingen = STANDAARD_INSTELLINGEN,
  telstart: Telstart = {},
): BerekendeMelding[] {
  return [
    ...zestienUur(historie, leerling, instellingen, telstart),
    ...langdurigRelatiefVerzuim(historie, leerling, instellingen),
    ...rmcVerzuim(historie, leerling, instellingen),
    ...luxeVerzuim(historie, leerling, instellingen),
  ].sort(opEinddatum);
}
