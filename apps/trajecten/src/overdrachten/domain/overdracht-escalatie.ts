import { DomainIssue, werkdagenNa } from '@sluitend/domain-nl';
import { acceptatieTermijnOngeldig } from './overdrachten.errors';
import { Overdracht } from './warme-overdracht';

/**
 * A proposed handover that the receiver has not accepted within a number of Dutch working days (weekends and national
 * holidays don't count: libs/domain-nl `werkdagenNa`) is escalated through notificaties. 5 working days by default,
 * like notificaties' own escalation of an alert nobody picked up; a region sets 1 to 20.
 */
export const STANDAARD_ACCEPTATIE_WERKDAGEN = 5;

export function controleerAcceptatieTermijn(werkdagen: number): number {
  if (!Number.isInteger(werkdagen) || werkdagen < 1 || werkdagen > 20) {
    const issue: DomainIssue = { field: 'acceptatieWerkdagen', rule: 'werkdagen.1-20', message: 'de acceptatietermijn is 1 tot en met 20 werkdagen' };
    throw acceptatieTermijnOngeldig([issue]);
  }
  return werkdagen;
}

/** The moment a handover proposed at `voorgesteldOp` escalates: `werkdagen` working days later, same Amsterdam time. */
export function escalatieMoment(voorgesteldOp: Date, werkdagen: number = STANDAARD_ACCEPTATIE_WERKDAGEN): Date {
  return werkdagenNa(voorgesteldOp, controleerAcceptatieTermijn(werkdagen));
}

/** Whether the handover escalates at `nu`: still only proposed, and its moment has come. */
export function moetEscaleren(
  overdracht: Pick<Overdracht, 'status' | 'voorgesteldOp'>,
  nu: Date,
  werkdagen: number = STANDAARD_ACCEPTATIE_WERKDAGEN,
): boolean {
  return overdracht.status === 'voorgesteld' && nu.getTime() >= escalatieMoment(overdracht.voorgesteldOp, werkdagen).getTime();
}
