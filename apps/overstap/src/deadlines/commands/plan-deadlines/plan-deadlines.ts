import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DeadlinesRepository } from '../../database/deadlines.repository';
import { cohortDeadlines, DEADLINE_REGELS, DeadlineRegels } from '../../domain/deadline-regels';

export type PlanDeadlinesCommand = { input: { schooljaren: readonly string[] } };

/**
 * Makes sure the cohort deadlines of these schooljaren exist (early warnings, 1 April, 1 October), in the transaction
 * that stores their dossiers: a cohort never exists without its deadlines.
 */
@Injectable()
export class PlanDeadlines {
  constructor(
    private readonly deadlines: DeadlinesRepository,
    @Inject(DEADLINE_REGELS) private readonly regels: DeadlineRegels,
  ) {}

  async execute({ input }: PlanDeadlinesCommand, tx: EntityManager): Promise<void> {
    await this.deadlines.plan(tx, cohortDeadlines(this.regels, input.schooljaren));
  }
}
