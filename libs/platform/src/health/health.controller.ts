import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@sluitend/auth';
import { DatabaseProbe } from './database-probe';
import { Liveness } from './liveness';

/**
 * Liveness: the process works (a consumer that crashed for good fails it, and the process then ends). Readiness: what
 * this replica needs to serve HTTP — its database, answered within HEALTH_TIMEOUT_MS; 503 problem+json with a short
 * reason otherwise. Kafka, consumer lag and the outbox are metrics, not readiness: a Kafka outage must not take every
 * replica's HTTP API down. No personal data here.
 */
@ApiExcludeController()
@Controller('health')
export class HealthController {
  constructor(
    private readonly database: DatabaseProbe,
    private readonly liveness: Liveness,
  ) {}

  @Public()
  @Get('live')
  live() {
    const failure = this.liveness.failure;
    if (failure) throw new ServiceUnavailableException({ code: 'health.not-live', detail: failure });
    return { status: 'ok' };
  }

  @Public()
  @Get('ready')
  async ready() {
    const database = await this.database.check();
    if (!database.up) throw new ServiceUnavailableException({ code: 'health.not-ready', detail: `database: ${database.reason}` });
    return { status: 'ok', database: { status: 'up', ms: database.ms } };
  }
}
