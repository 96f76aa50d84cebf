import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DueWork, DueWorkJob } from '@sluitend/platform';
import { VuurDeadline } from '../commands/vuur-deadline/vuur-deadline';
import { Deadline, DeadlinesRepository } from '../database/deadlines.repository';
import { DEADLINE_REGELS, DeadlineRegels } from '../domain/deadline-regels';

export const DEADLINES_WERK = 'overstap-deadlines';

export type Gevuurd = { regel: string; schooljaar: string; signalen: number };

/**
 * Fires due deadlines on the platform's sweeper: one deadline row claimed at a time (FOR UPDATE SKIP LOCKED), its rule
 * run and the row marked fired in that transaction — replicas never fire the same deadline together, a crash rolls
 * the whole firing back, and the signal table's unique key keeps every signal single whatever happens. A row whose
 * rule is not configured (any more) is left unfired and reported in the log, so nothing is marked done that never ran.
 */
@Injectable()
@DueWorkJob()
export class VuurDeadlinesJob implements DueWork<Deadline, Gevuurd> {
  readonly name = DEADLINES_WERK;
  readonly mode = 'transaction';
  readonly batchSize = 1;
  private readonly logger = new Logger(VuurDeadlinesJob.name);
  private readonly bekend: string[];

  constructor(
    private readonly deadlines: DeadlinesRepository,
    private readonly vuurDeadline: VuurDeadline,
    @Inject(DEADLINE_REGELS) regels: DeadlineRegels,
  ) {
    this.bekend = Object.keys(regels);
  }

  async claim(manager: EntityManager, now: Date, limit: number): Promise<Deadline[]> {
    const due = await this.deadlines.claim(manager, now, this.bekend, limit);
    if (due.length === 0) await this.meldOnbekendeRegels(manager, now);
    return due;
  }

  async apply(claimed: Deadline[], { manager, now }: { manager: EntityManager | null; now: Date }): Promise<Gevuurd> {
    const [due] = claimed;
    const tx = manager as EntityManager;
    const signalen = await this.vuurDeadline.execute({ input: { ...due, op: now }, correlationId: `deadline:${due.regel}:${due.schooljaar}` }, tx);
    await this.deadlines.markeer(tx, due, now);
    this.logger.log(`deadline ${due.regel} ${due.schooljaar} fired: ${signalen} signal(s)`);
    return { regel: due.regel, schooljaar: due.schooljaar, signalen };
  }

  nextDueAt(manager: EntityManager): Promise<Date | null> {
    return this.deadlines.volgende(manager, this.bekend);
  }

  report(outcomes: Gevuurd[]): Gevuurd[] {
    return outcomes;
  }

  private async meldOnbekendeRegels(manager: EntityManager, now: Date): Promise<void> {
    for (const { regel, aantal } of await this.deadlines.onbekendeRegels(manager, now, this.bekend)) {
      this.logger.warn(`${aantal} deadline(s) of rule ${regel} are due but the rule is not configured; they stay unfired until it is`);
    }
  }
}
