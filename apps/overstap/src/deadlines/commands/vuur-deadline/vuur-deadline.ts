import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { volgendeTeldatum } from '@sluitend/domain-nl';
import { RegistreerSignaal } from '../../../signalen/commands/registreer-signaal/registreer-signaal';
import { SignaleerCohort, SignaleerCohortCommand } from '../../../signalen/commands/signaleer-cohort/signaleer-cohort';
import type { CohortVoorwaarde } from '../../../signalen/database/signalen.repository';
import { Deadline, DeadlinesRepository } from '../../database/deadlines.repository';
import { AANMELDING_GEMIST_EVENT } from '../../domain/aanmelding-gemist';
import { DEADLINE_REGELS, DeadlineRegels } from '../../domain/deadline-regels';
import { geenHerinschrijving } from '../../domain/geen-herinschrijving';
import { nietIngeschrevenTeldatumEvents } from '../../domain/niet-ingeschreven-teldatum';
import { vroegeWaarschuwingEvents } from '../../domain/vroege-waarschuwing';

export type VuurDeadlineCommand = {
  input: Deadline & {
    op: Date;
    /** Only these students of the cohort (a late fact about them: EvalueerLateFeiten); the whole cohort without it. */
    alleen?: readonly string[];
  };
  correlationId: string;
};

/**
 * Fires one deadline that fell due, in the transaction that claimed it: its rule decides whom it signals and what the
 * events say (deadlines/domain), the signals and their events are written through the signalen capability. Answers
 * how many students were signalled now; firing again signals nobody twice.
 */
@Injectable()
export class VuurDeadline {
  constructor(
    private readonly deadlines: DeadlinesRepository,
    private readonly signaleerCohort: SignaleerCohort,
    private readonly registreerSignaal: RegistreerSignaal,
    @Inject(DEADLINE_REGELS) private readonly regels: DeadlineRegels,
  ) {}

  async execute({ input, correlationId }: VuurDeadlineCommand, tx: EntityManager): Promise<number> {
    const { regel, schooljaar, dueAt, op } = input;
    const definitie = this.regels[regel];
    if (!definitie) throw new Error(`deadline rule ${regel} is not configured`);
    switch (definitie.soort) {
      case 'aanmelding-gemist':
        // The national sweep (one signal per mbo-bound student without aanmelding): signals and events built in SQL.
        return this.cohort(input, this.deadlines.aanmeldingGemist(dueAt), tx, {
          type: AANMELDING_GEMIST_EVENT,
          payload: this.deadlines.aanmeldingGemistPayload(schooljaar, dueAt),
          correlationId,
        });
      case 'vroege-waarschuwing':
        return this.cohort(
          input,
          this.deadlines.vroegeWaarschuwing(dueAt),
          tx,
          (leerlingen) => vroegeWaarschuwingEvents(leerlingen, regel, schooljaar, correlationId),
          500,
        );
      case 'niet-ingeschreven-teldatum':
        return this.cohort(input, this.deadlines.nietIngeschrevenTeldatum(volgendeTeldatum(schooljaar)), tx, (leerlingen) =>
          nietIngeschrevenTeldatumEvents(leerlingen, schooljaar, correlationId),
        );
      case 'geen-herinschrijving': {
        const uitkomst = geenHerinschrijving(await this.deadlines.inschrijvingsverloop(tx, input.jongereId), dueAt);
        if (!uitkomst) return 0;
        const signaal = await this.registreerSignaal.execute(
          {
            input: {
              regel,
              // Per re-enrolment window (the inschrijving whose uitschrijving opened it).
              aanleiding: input.aanleiding,
              jongereId: input.jongereId,
              schooljaar,
              op,
              event: 'overstap.deadline.geen-herinschrijving',
              payload: ({ signaalId }) => ({ signaalId, schooljaar, ...uitkomst }),
            },
            correlationId,
          },
          tx,
        );
        return signaal ? 1 : 0;
      }
    }
  }

  private async cohort(
    { regel, schooljaar, op, alleen }: VuurDeadlineCommand['input'],
    rule: CohortVoorwaarde,
    tx: EntityManager,
    events: SignaleerCohortCommand['input']['events'],
    perStatement?: number,
  ): Promise<number> {
    const voorwaarde = alleen ? alleenDeze(rule, alleen) : rule;
    return this.signaleerCohort.execute({ input: { regel, schooljaar, op, voorwaarde, events, perStatement } }, tx);
  }
}

/** A cohort condition narrowed to some students (its parameters start at $4; the list comes after its own). */
export function alleenDeze(voorwaarde: CohortVoorwaarde, jongereIds: readonly string[]): CohortVoorwaarde {
  return {
    sql: `(${voorwaarde.sql}) AND d.jongere_id = ANY($${4 + voorwaarde.parameters.length}::text[])`,
    parameters: [...voorwaarde.parameters, jongereIds],
  };
}
