import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { OutboxWriter } from '@sluitend/messaging';
import { schemaOf } from '@sluitend/persistence';
import { JobScheduler } from '@sluitend/platform';
import { OVERSTAP_ENV, OverstapEnv } from '../config/overstap-env';
import { DEADLINE_REGELS, DeadlineRegels } from './deadline-regels';

const QUEUE = 'overstap-deadlines';

export type Gevuurd = { regel: string; schooljaar: string; signalen: number };

/**
 * Fires due deadlines. pg-boss wakes it: a job at the next due moment, and a per-minute schedule as a backstop (both
 * deduplicated by pg-boss across replicas). Firing claims one deadline row at a time (FOR UPDATE SKIP LOCKED), runs
 * its rule and marks it fired in one transaction: replicas never fire the same deadline together, a crash rolls the
 * whole firing back, and the signal table's unique key keeps every signal single whatever happens.
 */
@Injectable()
export class DeadlineRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeadlineRunner.name);
  private scheduler: JobScheduler | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(OVERSTAP_ENV) private readonly env: OverstapEnv,
    @Inject(DEADLINE_REGELS) private readonly regels: DeadlineRegels,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const scheduler = new JobScheduler({ databaseUrl: this.env.DATABASE_URL, schema: schemaOf(this.dataSource) });
    await scheduler.start([{ name: QUEUE, cron: '* * * * *', run: async () => void (await this.runDue()) }]);
    this.scheduler = scheduler;
    await this.wakeAtNextDeadline();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.scheduler?.stop();
  }

  /** Fires every deadline due by the service's clock; returns what fired. */
  async runDue(): Promise<Gevuurd[]> {
    const fired: Gevuurd[] = [];
    for (;;) {
      const result = await this.dataSource.transaction(async (manager) => {
        const now = this.clock.now();
        const [due]: Array<{ regel: string; schooljaar: string; jongere_id: string; due_at: Date }> = await manager.query(
          `SELECT regel, schooljaar, jongere_id, due_at FROM deadline WHERE fired_at IS NULL AND due_at <= $1
           ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [now],
        );
        if (!due) return null;
        const regel = this.regels[due.regel];
        const signalen = regel
          ? await regel.fire({ regel: due.regel, manager, outbox: this.outbox, schooljaar: due.schooljaar, jongereId: due.jongere_id, dueAt: due.due_at, now })
          : 0;
        await manager.query('UPDATE deadline SET fired_at = $4 WHERE regel = $1 AND schooljaar = $2 AND jongere_id = $3', [
          due.regel,
          due.schooljaar,
          due.jongere_id,
          now,
        ]);
        return { regel: due.regel, schooljaar: due.schooljaar, signalen };
      });
      if (!result) break;
      this.logger.log(`deadline ${result.regel} ${result.schooljaar} fired: ${result.signalen} signal(s)`);
      fired.push(result);
    }
    await this.wakeAtNextDeadline();
    return fired;
  }

  private async wakeAtNextDeadline(): Promise<void> {
    const [next]: Array<{ due_at: Date }> = await this.dataSource.query(
      'SELECT due_at FROM deadline WHERE fired_at IS NULL ORDER BY due_at LIMIT 1',
    );
    if (!next || !this.scheduler) return;
    // In demo mode the clock runs ahead of the database's; wake at the same distance from now.
    await this.scheduler.wake(QUEUE, next.due_at.getTime() - this.clock.now().getTime());
  }
}
