import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxWriter } from '@sluitend/messaging';
import { DueWork, DueWorkJob } from '@sluitend/platform';
import { DEADLINE_REGELS, DeadlineRegels } from './deadline-regels';

export const DEADLINES_WERK = 'overstap-deadlines';

export type Gevuurd = { regel: string; schooljaar: string; signalen: number };

type DueDeadline = { regel: string; schooljaar: string; jongere_id: string; due_at: Date };

/**
 * Fires due deadlines, on the platform's sweeper: one deadline row claimed at a time (FOR UPDATE SKIP LOCKED), its rule
 * run and the row marked fired in that transaction: replicas never fire the same deadline together, a crash rolls the
 * whole firing back, and the signal table's unique key keeps every signal single whatever happens. A row whose rule is
 * not configured (any more) is left unfired and reported in the log, so nothing is marked done that never ran.
 */
@Injectable()
@DueWorkJob()
export class DeadlineRunner implements DueWork<DueDeadline, Gevuurd> {
  readonly name = DEADLINES_WERK;
  readonly mode = 'transaction';
  readonly batchSize = 1;
  private readonly logger = new Logger(DeadlineRunner.name);
  private readonly bekend: string[];

  constructor(
    private readonly outbox: OutboxWriter,
    @Inject(DEADLINE_REGELS) private readonly regels: DeadlineRegels,
  ) {
    this.bekend = Object.keys(regels);
  }

  async claim(manager: EntityManager, now: Date, limit: number): Promise<DueDeadline[]> {
    const due: DueDeadline[] = await manager.query(
      `SELECT regel, schooljaar, jongere_id, due_at FROM deadline WHERE fired_at IS NULL AND due_at <= $1 AND regel = ANY($2::text[])
       ORDER BY due_at LIMIT $3 FOR UPDATE SKIP LOCKED`,
      [now, this.bekend, limit],
    );
    if (due.length === 0) await this.meldOnbekendeRegels(manager, now);
    return due;
  }

  async apply([due]: DueDeadline[], { manager, now }: { manager: EntityManager | null; now: Date }): Promise<Gevuurd> {
    const tx = manager as EntityManager;
    const signalen = await this.regels[due.regel].fire({
      regel: due.regel,
      manager: tx,
      outbox: this.outbox,
      schooljaar: due.schooljaar,
      jongereId: due.jongere_id,
      dueAt: due.due_at,
      now,
    });
    await tx.query('UPDATE deadline SET fired_at = $4 WHERE regel = $1 AND schooljaar = $2 AND jongere_id = $3', [due.regel, due.schooljaar, due.jongere_id, now]);
    this.logger.log(`deadline ${due.regel} ${due.schooljaar} fired: ${signalen} signal(s)`);
    return { regel: due.regel, schooljaar: due.schooljaar, signalen };
  }

  async nextDueAt(manager: EntityManager): Promise<Date | null> {
    const [next]: Array<{ due_at: Date }> = await manager.query(
      'SELECT due_at FROM deadline WHERE fired_at IS NULL AND regel = ANY($1::text[]) ORDER BY due_at LIMIT 1',
      [this.bekend],
    );
    return next ? new Date(next.due_at) : null;
  }

  report(outcomes: Gevuurd[]): Gevuurd[] {
    return outcomes;
  }

  private async meldOnbekendeRegels(manager: EntityManager, now: Date): Promise<void> {
    const onbekend: Array<{ regel: string; aantal: string }> = await manager.query(
      `SELECT regel, count(*) AS aantal FROM deadline WHERE fired_at IS NULL AND due_at <= $1 AND NOT regel = ANY($2::text[]) GROUP BY regel`,
      [now, this.bekend],
    );
    for (const { regel, aantal } of onbekend) {
      this.logger.warn(`${aantal} deadline(s) of rule ${regel} are due but the rule is not configured; they stay unfired until it is`);
    }
  }
}
