import { toelatingsrechtDeadline } from '@sluitend/domain-nl';

/**
 * Toelatingsrecht: an aanmelding made on or before the end of 1 April (Europe/Amsterdam) of the schooljaar of leaving
 * (the national rule `toelatingsrechtDeadline`) gives the student the right to be admitted.
 */
export const opTijdAangemeld = (aangemeldOp: Date, schooljaar: string): boolean =>
  aangemeldOp.getTime() <= toelatingsrechtDeadline(schooljaar).getTime();

const DAG_MS = 24 * 60 * 60 * 1000;

/** The days an aanmelding may be dated back: the setting, else 7 — or no bound in demo mode, where the clock jumps years. */
export const terugdaterenMaxDagen = (env: { AANMELDING_TERUGDATEREN_MAX_DAGEN?: number; DEMO_MODE: boolean }): number =>
  env.AANMELDING_TERUGDATEREN_MAX_DAGEN ?? (env.DEMO_MODE ? Number.POSITIVE_INFINITY : 7);

/**
 * Why a claimed `aangemeldOp` cannot be accepted at `nu`, or undefined when it can: not after now, and not more than
 * `maxDagen` days back — an mbo cannot grant itself toelatingsrecht by backdating without limit.
 */
export const aangemeldOpBuitenGrens = (aangemeldOp: Date, nu: Date, maxDagen: number): 'toekomst' | 'te-ver-terug' | undefined => {
  if (aangemeldOp.getTime() > nu.getTime()) return 'toekomst';
  if (nu.getTime() - aangemeldOp.getTime() > maxDagen * DAG_MS) return 'te-ver-terug';
  return undefined;
};
