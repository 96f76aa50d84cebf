import { IsoDate, addDays, endOfLocalDate, isWerkdag, startOfLocalDate } from '@sluitend/domain-nl';
import { CasusStatus } from '../../casussen/domain/casus-status';
import { instellingenOngeldig } from './netwerkoverleg.errors';

/**
 * The netwerkoverleg discusses a list, not one case at length (seed 003: "Lijstwerk en aanmeldingen worden besproken
 * in het netwerkoverleg … Het netwerkoverleg is geen casusoverleg!"). A case is put on the list by `agenderen`
 * (casus-status.ts: after screening, or from a traject that needs adjusting).
 */
export interface AgendaKandidaat {
  readonly casusId: string;
  readonly rmcRegio: string;
  readonly status: CasusStatus;
  /** When it was put on the list (the latest `agenderen`). */
  readonly geagendeerdOp: Date;
  /** When a meeting last gave it an advice. */
  readonly laatstBesprokenOp?: Date;
}

export interface AgendaInstellingen {
  /**
   * The list for a meeting closes at the end of this many working days before the meeting date (0: at the start of
   * the meeting day), so the members can prepare. 1 by default (our choice), 0 to 10.
   */
  readonly sluitingWerkdagen: number;
}

export const STANDAARD_AGENDA: AgendaInstellingen = { sluitingWerkdagen: 1 };

export function controleerAgendaInstellingen(instellingen: AgendaInstellingen): AgendaInstellingen {
  const { sluitingWerkdagen } = instellingen;
  if (!Number.isInteger(sluitingWerkdagen) || sluitingWerkdagen < 0 || sluitingWerkdagen > 10) {
    throw instellingenOngeldig([
      { field: 'sluitingWerkdagen', rule: 'werkdagen.0-10', message: 'de lijst sluit 0 tot en met 10 werkdagen voor het overleg' },
    ]);
  }
  return instellingen;
}

/** When the list for a meeting on `overlegdatum` closes (Europe/Amsterdam; weekends and national holidays skipped). */
export function agendaSluiting(overlegdatum: IsoDate, instellingen: AgendaInstellingen = STANDAARD_AGENDA): Date {
  let teGaan = controleerAgendaInstellingen(instellingen).sluitingWerkdagen;
  if (teGaan === 0) return startOfLocalDate(overlegdatum);
  let dag = overlegdatum;
  while (teGaan > 0) {
    dag = addDays(dag, -1);
    if (isWerkdag(dag)) teGaan -= 1;
  }
  return endOfLocalDate(dag);
}

/**
 * The list for a meeting of a region on a date: the region's cases waiting for the netwerkoverleg, put on the list
 * before it closed and not discussed since; the longest waiting first (then by case id, so the order is stable). A
 * case not reached at one meeting stays on the next one's list.
 */
export function agendaVoorOverleg(
  kandidaten: Iterable<AgendaKandidaat>,
  overleg: { readonly rmcRegio: string; readonly datum: IsoDate },
  instellingen: AgendaInstellingen = STANDAARD_AGENDA,
): AgendaKandidaat[] {
  const sluiting = agendaSluiting(overleg.datum, instellingen).getTime();
  const lijst: AgendaKandidaat[] = [];
  for (const k of kandidaten) {
    if (k.rmcRegio !== overleg.rmcRegio || k.status !== 'netwerkoverleg' || k.geagendeerdOp.getTime() > sluiting) continue;
    if (k.laatstBesprokenOp !== undefined && k.laatstBesprokenOp.getTime() >= k.geagendeerdOp.getTime()) continue;
    lijst.push(k);
  }
  return lijst.sort((a, b) => a.geagendeerdOp.getTime() - b.geagendeerdOp.getTime() || (a.casusId < b.casusId ? -1 : a.casusId > b.casusId ? 1 : 0));
}
