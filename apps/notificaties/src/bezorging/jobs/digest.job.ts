import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { newCorrelationId } from '@sluitend/observability';
import { JobScheduler } from '@sluitend/platform';
import { NOTIFICATIES_ENV, NotificatiesEnv } from '../../config/notificaties-env';
import { JOBS } from '../../shared/jobs';
import { VerstuurDigest } from '../commands/verstuur-digest/verstuur-digest';

/** The daily digest on the platform's scheduler: a cron (DIGEST_CRON, Europe/Amsterdam), once across replicas. */
@Injectable()
export class DigestJob implements OnModuleInit {
  constructor(
    private readonly scheduler: JobScheduler,
    private readonly verstuurDigest: VerstuurDigest,
    @Inject(NOTIFICATIES_ENV) private readonly env: NotificatiesEnv,
  ) {}

  onModuleInit(): void {
    this.scheduler.register({
      name: JOBS.digest,
      cron: this.env.DIGEST_CRON,
      pollingIntervalSeconds: 10,
      run: async () => void (await this.verstuurDigest.execute({ correlationId: newCorrelationId() })),
    });
  }
}
