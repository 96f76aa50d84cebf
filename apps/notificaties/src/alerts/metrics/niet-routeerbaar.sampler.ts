import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { NietRouteerbaarRepository } from '../database/niet-routeerbaar.repository';

export const unroutableSignals = new Gauge({
  name: 'sluitend_unroutable_signals',
  help: 'Signals in the "niet te routeren" list that still wait for a woongemeente (GET /api/notificaties/niet-routeerbaar; sampled)',
});

const INTERVAL_MS = 10_000;

/** Samples the open "niet te routeren" rows every few seconds, so `/metrics` never waits on the database. */
@Injectable()
export class NietRouteerbaarSampler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NietRouteerbaarSampler.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly nietRouteerbaar: NietRouteerbaarRepository,
  ) {}

  onApplicationBootstrap(): void {
    void this.sample();
    this.timer = setInterval(() => void this.sample(), INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One sample; a failed one keeps the gauge's last value. */
  sample(): Promise<void> {
    this.running ??= this.nietRouteerbaar
      .telOpen(this.dataSource)
      .then((open) => unroutableSignals.set(open))
      .catch((error: unknown) => this.logger.warn(`sampling the niet-te-routeren list failed: ${(error as Error).message}`))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }
}
