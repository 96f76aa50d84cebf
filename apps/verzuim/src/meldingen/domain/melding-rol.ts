import { MeldingRol } from './melding-status';

/** Where a melding belongs: the school that filed it, and who must act for the student (woongemeente or woonregio). */
export type MeldingPlaats = { brin: string; woongemeente: string; rmcRegio: string | null; ontvanger: 'leerplichtambtenaar' | 'rmc' };

/**
 * The role an organisation plays for a melding: the school that filed it; the behandelaar — the gemeente of the
 * woongemeente for a leerplicht melding, the RMC-regio of the woonregio for an RMC melding. `null`: none (the melding
 * does not exist for it).
 */
export function rolVan(org: { type: string; code: string }, melding: MeldingPlaats): MeldingRol | null {
  if ((org.type === 'vo-school' || org.type === 'mbo-instelling') && org.code === melding.brin) return 'school';
  if (org.type === 'gemeente' && melding.ontvanger === 'leerplichtambtenaar' && org.code === melding.woongemeente) return 'behandelaar';
  if (org.type === 'rmc-regio' && melding.ontvanger === 'rmc' && org.code === melding.rmcRegio) return 'behandelaar';
  return null;
}
