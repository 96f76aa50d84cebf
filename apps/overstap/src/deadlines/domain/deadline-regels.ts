import { AANMELDING_GEMIST, aanmeldingGemistDueAt } from './aanmelding-gemist';
import { GEEN_HERINSCHRIJVING } from './geen-herinschrijving';
import { NIET_INGESCHREVEN_TELDATUM, teldatumDeadline } from './niet-ingeschreven-teldatum';
import { vroegeWaarschuwingMoment, vroegeWaarschuwingRegel } from './vroege-waarschuwing';

export type DeadlineSoort = 'aanmelding-gemist' | 'vroege-waarschuwing' | 'niet-ingeschreven-teldatum' | 'geen-herinschrijving';

/**
 * A configured deadline rule: what kind of signal it raises and, for a deadline of a whole schooljaar's cohort, when
 * it falls due. A personal deadline (geen-herinschrijving) has no dueAt: an uitschrijving plans it.
 */
export type DeadlineRegel = { soort: DeadlineSoort; dueAt?: (schooljaar: string) => Date };

export type DeadlineRegels = Readonly<Record<string, DeadlineRegel>>;

export const DEADLINE_REGELS = Symbol('DEADLINE_REGELS');

/** The deadlines, by rule name; the early warnings come from configuration (`MM-DD` dates, e.g. 03-01 and 03-15). */
export function deadlineRegels(vroegeWaarschuwingen: readonly string[]): DeadlineRegels {
  return {
    ...Object.fromEntries(
      vroegeWaarschuwingen.map((maandDag): [string, DeadlineRegel] => [
        vroegeWaarschuwingRegel(maandDag),
        { soort: 'vroege-waarschuwing', dueAt: (schooljaar) => vroegeWaarschuwingMoment(schooljaar, maandDag) },
      ]),
    ),
    [AANMELDING_GEMIST]: { soort: 'aanmelding-gemist', dueAt: aanmeldingGemistDueAt },
    [NIET_INGESCHREVEN_TELDATUM]: { soort: 'niet-ingeschreven-teldatum', dueAt: teldatumDeadline },
    [GEEN_HERINSCHRIJVING]: { soort: 'geen-herinschrijving' },
  };
}

export type GeplandeDeadline = { regel: string; schooljaar: string; dueAt: Date };

/** The cohort deadlines of these schooljaren (each once), as the rules time them. */
export function cohortDeadlines(regels: DeadlineRegels, schooljaren: readonly string[]): GeplandeDeadline[] {
  const jaren = [...new Set(schooljaren)];
  return Object.entries(regels).flatMap(([regel, { dueAt }]) =>
    dueAt ? jaren.map((schooljaar) => ({ regel, schooljaar, dueAt: dueAt(schooljaar) })) : [],
  );
}

/**
 * The cohort rules a late fact is evaluated against once they fired: aanmelding-gemist and niet-ingeschreven-teldatum
 * (an early warning comes before 1 April and is not repeated after it; geen-herinschrijving is personal).
 */
export function laatTeEvaluerenRegels(regels: DeadlineRegels): string[] {
  return Object.entries(regels)
    .filter(([, regel]) => regel.soort === 'aanmelding-gemist' || regel.soort === 'niet-ingeschreven-teldatum')
    .map(([naam]) => naam);
}
