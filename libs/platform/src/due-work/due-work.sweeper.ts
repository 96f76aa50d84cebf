import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleInit, Optional } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { DataSource, EntityManager } from 'typeorm';
import { CLOCK, Clock } from '@sluitend/domain-nl';
import { dueWorkMetrics } from './due-work.metrics';
import { DUE_WORK, DueWork } from './due-work';
import { JobScheduler } from '../scheduling/job-scheduler';
import { DemoClock } from '../clock/demo-clock';

/** A wake-up further away than this is left to the cron backstop. */
const WAKE_HORIZON_MS = 60 * 60 * 1000;
/** Rounds per sweep before it yields and wakes itself again (a guard against work that never stops being due). */
const MAX_ROUNDS = 10_000;
/** Longest a metrics sample of one work may take. */
const SAMPLE_TIMEOUT_MS = 3_000;

export const DUE_WORK_SAMPLE_INTERVAL = Symbol('DUE_WORK_SAMPLE_INTERVAL');

export type SweepReport = { werk: string; rondes: number; items: number; uitkomsten: Array<Record<string, unknown>> };

/**
 * The one loop for due work, used by every service: claim due rows → apply → again until none is due → re-arm the
 * wake-up at the next due moment. pg-boss (one per service, in `<schema>_jobs`) wakes each work at its moment,
 * deduplicated across replicas, with a cron backstop; the demo clock sweeps everything after a jump. In one process a
 * work never runs twice at once; across replicas the claim (SKIP LOCKED or a lease) keeps rows single.
 */
@Injectable()
export class DueWorkSweeper implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DueWorkSweeper.name);
  private readonly works = new Map<string, DueWork>();
  private readonly running = new Map<string, Promise<unknown>>();
  private readonly collectors = new Set<SweepReport[]>();
  private stopped = false;
  private sampler: NodeJS.Timeout | null = null;
  private sampling: Promise<unknown> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly scheduler: JobScheduler,
    demoClock: DemoClock,
    @Optional() @Inject(DUE_WORK_SAMPLE_INTERVAL) private readonly sampleIntervalMs: number = 10_000,
  ) {
    demoClock.onJump(() => this.sweepAll());
  }

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as DueWork | undefined;
      if (!instance || !wrapper.metatype || !this.reflector.get(DUE_WORK, wrapper.metatype)) continue;
      if (this.works.has(instance.name)) throw new Error(`two due works are named ${instance.name}`);
      this.works.set(instance.name, instance);
      // At 0 from the start, so a first failure is an increase an alert rule sees.
      dueWorkMetrics.failures.inc({ work: instance.name }, 0);
      this.scheduler.register({
        name: instance.name,
        cron: instance.cron ?? '* * * * *',
        pollingIntervalSeconds: instance.pollingIntervalSeconds,
        // Work that fell due while no replica ran.
        wakeOnStart: true,
        run: async () => void (await this.sweep(instance.name)),
      });
    }
  }

  onApplicationBootstrap(): void {
    if (this.works.size === 0) return;
    this.sampler = setInterval(() => void this.sample(), this.sampleIntervalMs);
    this.sampler.unref();
  }

  /**
   * Stops claiming and waits for the sweeps under way — before any module's onApplicationShutdown, so the DataSource
   * (closed in PersistenceModule's) is still open while they finish.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.sampler) clearInterval(this.sampler);
    await Promise.allSettled([...this.running.values(), this.sampling]);
  }

  /**
   * For /metrics, independent of sweeps (a sweeper that stopped sweeping still shows): how long the earliest due row
   * has waited and, for works that can count them, how many rows are due.
   */
  sample(): Promise<unknown> {
    this.sampling ??= Promise.allSettled([...this.works.values()].map((work) => this.sampleWork(work))).finally(() => {
      this.sampling = null;
    });
    return this.sampling;
  }

  private async sampleWork(work: DueWork): Promise<void> {
    const manager = this.dataSource.manager;
    try {
      const now = this.clock.now();
      const [next, due] = await withTimeout(
        Promise.all([work.nextDueAt(manager), work.countDue ? work.countDue(manager, now) : Promise.resolve(null)]),
        SAMPLE_TIMEOUT_MS,
      );
      dueWorkMetrics.overdueSeconds.set({ work: work.name }, next && next.getTime() < now.getTime() ? (now.getTime() - next.getTime()) / 1000 : 0);
      if (due !== null) dueWorkMetrics.dueRows.set({ work: work.name }, due);
    } catch {
      dueWorkMetrics.sampleFailures.inc({ work: work.name });
    }
  }

  names(): string[] {
    return [...this.works.keys()];
  }

  /**
   * Wakes a work `afterMs` from now. Given `within`, the wake-up is written in that transaction: it exists exactly when
   * the rows it announces were committed.
   */
  async wake(name: string, afterMs = 0, within?: EntityManager): Promise<void> {
    if (!this.works.has(name)) throw new Error(`no due work named ${name}`);
    await this.scheduler.wake(name, afterMs, within);
  }

  /**
   * Runs `work` (e.g. a demo clock jump followed by sweepAll) and returns every sweep report this process produced
   * meanwhile — also those of a sweep that a cron wake-up started between the jump and sweepAll.
   */
  async collecting(work: () => Promise<void>): Promise<SweepReport[]> {
    const reports: SweepReport[] = [];
    this.collectors.add(reports);
    try {
      await work();
      return reports;
    } finally {
      this.collectors.delete(reports);
    }
  }

  /** Sweeps every work (after a demo clock jump); returns what each did. */
  async sweepAll(): Promise<SweepReport[]> {
    const reports: SweepReport[] = [];
    for (const name of this.works.keys()) reports.push(await this.sweep(name));
    return reports;
  }

  /** Sweeps one work until nothing is due; a sweep already running in this process is waited for first. */
  sweep(name: string): Promise<SweepReport> {
    const work = this.works.get(name);
    if (!work) return Promise.reject(new Error(`no due work named ${name}`));
    const previous = this.running.get(name) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.run(work));
    this.running.set(name, next);
    void next.finally(() => {
      if (this.running.get(name) === next) this.running.delete(name);
    });
    return next;
  }

  private async run(work: DueWork): Promise<SweepReport> {
    const started = process.hrtime.bigint();
    const outcomes: unknown[] = [];
    let rondes = 0;
    let items = 0;
    try {
      while (!this.stopped && rondes < MAX_ROUNDS) {
        const claimed = await this.round(work, outcomes);
        if (claimed === 0) break;
        rondes += 1;
        items += claimed;
      }
      dueWorkMetrics.applied.inc({ work: work.name }, items);
    } catch (error) {
      dueWorkMetrics.failures.inc({ work: work.name });
      this.logger.error(`${work.name}: ${(error as Error).message}`);
      throw error;
    } finally {
      dueWorkMetrics.sweepSeconds.observe({ work: work.name }, Number(process.hrtime.bigint() - started) / 1e9);
      await this.rearm(work, rondes >= MAX_ROUNDS).catch((error: Error) => this.logger.warn(`${work.name}: re-arming failed: ${error.message}`));
    }
    const report: SweepReport = { werk: work.name, rondes, items, uitkomsten: work.report ? work.report(outcomes) : [] };
    for (const collector of this.collectors) collector.push(report);
    return report;
  }

  /** One round; returns how many rows it claimed. */
  private async round(work: DueWork, outcomes: unknown[]): Promise<number> {
    const limit = work.batchSize ?? 100;
    if (work.mode === 'transaction') {
      return this.dataSource.transaction(async (manager) => {
        const now = this.clock.now();
        const claimed = await work.claim(manager, now, limit);
        if (claimed.length > 0) outcomes.push(await work.apply(claimed, { manager, now }));
        return claimed.length;
      });
    }
    const now = this.clock.now();
    const claimed = await this.dataSource.transaction((manager) => work.claim(manager, now, limit));
    if (claimed.length > 0) outcomes.push(await work.apply(claimed, { manager: null, now }));
    return claimed.length;
  }

  private async rearm(work: DueWork, again: boolean): Promise<void> {
    if (this.stopped) return;
    if (again) return this.wake(work.name);
    const next = await work.nextDueAt(this.dataSource.manager);
    const afterMs = next ? next.getTime() - this.clock.now().getTime() : Infinity;
    dueWorkMetrics.overdueSeconds.set({ work: work.name }, afterMs < 0 ? -afterMs / 1000 : 0);
    if (!next) return;
    // In demo mode the clock runs ahead of the database's: wake at the same distance from now.
    if (afterMs <= WAKE_HORIZON_MS) await this.wake(work.name, afterMs);
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
