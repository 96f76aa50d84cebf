import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { BezorgingRunner } from '../bezorging/bezorging.runner';
import { DigestService } from '../bezorging/digest.service';
import { NOTIFICATIES_ENV, NotificatiesEnv } from '../config/notificaties-env';
import { EscalatieService } from '../escalatie/escalatie.service';
import { NotificatiesJobs, QUEUES } from './jobs';

/** Starts the queues once every worker exists, and runs deliveries and escalations left over from before a restart. */
@Injectable()
export class JobsStarter implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly jobs: NotificatiesJobs,
    private readonly bezorging: BezorgingRunner,
    private readonly escalatie: EscalatieService,
    private readonly digest: DigestService,
    @Inject(NOTIFICATIES_ENV) private readonly env: NotificatiesEnv,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.start([
      { name: QUEUES.bezorging, cron: '* * * * *', run: () => this.bezorging.run() },
      { name: QUEUES.escalatie, cron: '* * * * *', pollingIntervalSeconds: 2, run: async () => void (await this.escalatie.run()) },
      { name: QUEUES.digest, cron: this.env.DIGEST_CRON, pollingIntervalSeconds: 10, run: async () => void (await this.digest.run()) },
    ]);
    await this.jobs.wake(QUEUES.bezorging);
    await this.jobs.wake(QUEUES.escalatie);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.jobs.stop();
  }
}
