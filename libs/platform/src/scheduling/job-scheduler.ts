import { Logger } from '@nestjs/common';
import type { PgBoss } from 'pg-boss';
import type { EntityManager } from 'typeorm';

export type JobQueue = {
  name: string;
  /** Runs when the queue is woken; must be idempotent (wake-ups may coincide across replicas). */
  run: () => Promise<void>;
  /** A cron backstop (Europe/Amsterdam), e.g. '* * * * *', so a lost wake-up costs at most one period. */
  cron?: string;
  /** How often an idle worker polls (default 0.5 s): the longest a wake-up waits. */
  pollingIntervalSeconds?: number;
};

/**
 * The service's durable wake-ups on pg-boss (ARCHITECTURE §5): the work itself lives in the service's tables (rows with
 * a due moment); pg-boss only wakes a queue at a moment, deduplicated across replicas, with a cron backstop. One
 * pg-boss per service, in the `<schema>_jobs` schema.
 */
export class JobScheduler {
  private readonly logger = new Logger(JobScheduler.name);
  private boss: PgBoss | null = null;

  constructor(private readonly options: { databaseUrl: string; schema: string }) {}

  async start(queues: JobQueue[]): Promise<void> {
    // Loaded on start: pg-boss is an ES module, which CommonJS unit tests of the modules importing this file cannot load.
    const { PgBoss: Boss } = await import('pg-boss');
    const boss = new Boss({ connectionString: this.options.databaseUrl, schema: `${this.options.schema}_jobs` });
    boss.on('error', (error: Error) => this.logger.warn(`pg-boss: ${error.message}`));
    await boss.start();
    for (const queue of queues) {
      await boss.createQueue(queue.name);
      await boss.work(queue.name, { pollingIntervalSeconds: queue.pollingIntervalSeconds ?? 0.5 }, async () => {
        try {
          await queue.run();
        } catch (error) {
          this.logger.error(`${queue.name}: ${(error as Error).message}`);
          throw error;
        }
      });
      if (queue.cron) await boss.schedule(queue.name, queue.cron, {}, { tz: 'Europe/Amsterdam' });
    }
    this.boss = boss;
  }

  /**
   * Wakes `queue` `afterMs` from now (once per queue and quarter second, whichever replica asks). Given `within`, the
   * wake-up is written in that transaction: it exists exactly when the work it announces was committed.
   */
  async wake(queue: string, afterMs = 0, within?: EntityManager): Promise<void> {
    if (!this.boss) return;
    const at = new Date(Date.now() + Math.max(0, afterMs));
    const db = within ? { executeSql: async (text: string, values?: unknown[]) => ({ rows: await within.query(text, values) }) } : undefined;
    await this.boss.send(queue, {}, { startAfter: at, singletonKey: `${queue}-${Math.ceil(at.getTime() / 250)}`, ...(db ? { db } : {}) });
  }

  async stop(): Promise<void> {
    await this.boss?.stop({ graceful: true });
    this.boss = null;
  }
}
