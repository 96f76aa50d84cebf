import { IsoDate } from '@sluitend/domain-nl';
import { AbsentieDag } from '../../absenties/domain/absentie-dag';

/** A period of verlof granted (or a religious obligation notified) for a student. */
export interface VerlofPeriode {
  readonly van: IsoDate;
  readonly totEnMet: IsoDate;
}

/**
 * Granted verlof is geoorloofd (Leerplichtwet art. 11, 13, 13a, 14): hours the school recorded as ongeoorloofd on a day
 * inside a granted period count as verlof, so no absence rule (16 uur, langdurig relatief, luxe, RMC, the preventive
 * signal) counts them. The one place this rule lives; the intake applies it before the history is laid out. Other
 * kinds (ziek, schorsing) stay as recorded. The input is left unchanged; days outside every period are returned as is.
 */
export function metVerleendVerlof(dagen: readonly AbsentieDag[], verleend: readonly VerlofPeriode[]): AbsentieDag[] {
  if (verleend.length === 0) return [...dagen];
  return dagen.map((dag) => {
    const ongeoorloofd = dag.ongeoorloofd ?? 0;
    if (ongeoorloofd === 0 || !verleend.some((p) => p.van <= dag.datum && dag.datum <= p.totEnMet)) return dag;
    return { ...dag, ongeoorloofd: 0, verlof: (dag.verlof ?? 0) + ongeoorloofd };
  });
}
