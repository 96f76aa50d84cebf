import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { PgBoss } from 'pg-boss';
import type { EntityManager } from 'typeorm';

export type JobQueue = {
  name: string;
  /** Runs when the queue is woken; must be idempotent (wake-ups may coincide across replicas). */
  run: () => Promise<void>;
  /** A cron schedule (Europe/Amsterdam), e.g. '* * * * *' as a backstop for due work, or '0 7 * * *' for a digest. */
  cron?: string;
  /** How often an idle worker polls (default 0.5 s): the longest a wake-up waits. */
  pollingIntervalSeconds?: number;
  /** Wake once at start: work that fell due while no replica ran. */
  wakeOnStart?: boolean;
};

export type SchedulerOptions = { databaseUrl: string; schema: string };
export const SCHEDULER_OPTIONS = Symbol('SCHEDULER_OPTIONS');

/**
 * The service's one pg-boss (ARCHITECTURE §5), in the `<schema>_jobs` schema: it only wakes queues — at a moment,
 * deduplicated across replicas, or on a cron schedule. The work itself lives in the service's tables (rows with a due
 * moment, see DueWorkSweeper). Capabilities register their queues while the app initialises; it starts once the app
 * has bootstrapped.
 */
@Injectable()
export class JobScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobScheduler.name);
  private readonly queues = new Map<string, JobQueue>();
  private boss: PgBoss | null = null;

  constructor(@Inject(SCHEDULER_OPTIONS) private readonly options: SchedulerOptions) {}

  register(queue: JobQueue): void {
    if (this.boss) throw new Error(`queue ${queue.name} registered after the scheduler started`);
    if (this.queues.has(queue.name)) throw new Error(`two queues are named ${queue.name}`);
    this.queues.set(queue.name, queue);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.queues.size === 0) return;
    // Loaded on start: pg-boss is an ES module, which CommonJS unit tests of the modules importing this file cannot load.
    const { PgBoss: Boss } = await import('pg-boss');
    // A few connections are plenty for short polls and wakes; pg-boss's default of 10 per service, beside the
    // service's own pool, made five services on one PostgreSQL (max_connections 100) run out under load.
    const boss = new Boss({ connectionString: this.options.databaseUrl, schema: `${this.options.schema}_jobs`, max: 4 });
    boss.on('error', (error: Error) => this.logger.warn(`pg-boss: ${error.message}`));
    await boss.start();
    for (const queue of this.queues.values()) {
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
    for (const queue of this.queues.values()) if (queue.wakeOnStart) await this.wake(queue.name);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true });
    this.boss = null;
  }

  /**
   * Wakes `queue` `afterMs` from now (once per queue and quarter second, whichever replica asks). Given `within`, the
   * wake-up is written in that transaction: it exists exactly when the work it announces was committed.
   */
  async wake(queue: string, afterMs = 0, within?: EntityManager): Promise<void> {
    if (!this.queues.has(queue)) throw new Error(`no queue named ${queue}`);
    if (!this.boss) return;
    const at = new Date(Date.now() + Math.max(0, afterMs));
    const db = within ? { executeSql: async (text: string, values?: unknown[]) => ({ rows: await within.query(text, values) }) } : undefined;
    await this.boss.send(queue, {}, { startAfter: at, singletonKey: `${queue}-${Math.ceil(at.getTime() / 250)}`, ...(db ? { db } : {}) });
  }
}
