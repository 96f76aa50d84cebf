import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DeadlinesRepository } from '../../database/deadlines.repository';
import { DEADLINE_REGELS, DeadlineRegels, laatTeEvaluerenRegels } from '../../domain/deadline-regels';
import { VuurDeadline } from '../vuur-deadline/vuur-deadline';

export type EvalueerLateFeitenCommand = {
  input: {
    /** The students a fact arrived about (a dossier, an aanmelding change, an inschrijving or uitschrijving). */
    jongeren: ReadonlyArray<{ jongereId: string; schooljaar: string }>;
    op: Date;
  };
  correlationId: string;
};

/**
 * A fact that arrives after a cohort deadline fired is evaluated against that deadline, in the fact's transaction:
 * a dossier submitted on 10 April without aanmelding still gets `aanmelding-gemist`, an uitschrijving reported after 1
 * October that ended before it still gets `niet-ingeschreven-teldatum`. The rule runs exactly as when it fired, for
 * these students only; the signal table's unique key keeps each signal once. Early warnings are not evaluated late:
 * once 1 April has passed, aanmelding-gemist says more. Answers how many students were signalled.
 */
@Injectable()
export class EvalueerLateFeiten {
  private readonly logger = new Logger(EvalueerLateFeiten.name);
  private readonly regels: string[];

  constructor(
    private readonly deadlines: DeadlinesRepository,
    private readonly vuurDeadline: VuurDeadline,
    @Inject(DEADLINE_REGELS) regels: DeadlineRegels,
  ) {
    this.regels = laatTeEvaluerenRegels(regels);
  }

  async execute({ input, correlationId }: EvalueerLateFeitenCommand, tx: EntityManager): Promise<number> {
    if (input.jongeren.length === 0) return 0;
    const perSchooljaar = new Map<string, string[]>();
    for (const { jongereId, schooljaar } of input.jongeren) {
      const ids = perSchooljaar.get(schooljaar);
      if (ids) ids.push(jongereId);
      else perSchooljaar.set(schooljaar, [jongereId]);
    }
    let signalen = 0;
    for (const deadline of await this.deadlines.gevuurdeCohortDeadlines(tx, this.regels, [...perSchooljaar.keys()])) {
      const alleen = perSchooljaar.get(deadline.schooljaar) ?? [];
      const nu = await this.vuurDeadline.execute({ input: { ...deadline, op: input.op, alleen }, correlationId }, tx);
      if (nu > 0) this.logger.log(`late fact: deadline ${deadline.regel} ${deadline.schooljaar} signalled ${nu} student(s) after it fired`);
      signalen += nu;
    }
    return signalen;
  }
}
