import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { collectDefaultMetrics, register } from 'prom-client';
import { Public } from '@sluitend/auth';

let defaultsCollected = false;

/** Labels every series of this process with its service (alert rules group by it) and collects Node's defaults once. */
export function configureMetrics(service: string): void {
  register.setDefaultLabels({ service });
  if (!defaultsCollected) {
    collectDefaultMetrics();
    defaultsCollected = true;
  }
}

/** Prometheus metrics of this process: Node defaults plus the platform's own series (see docs/runbook.md). */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  @Public()
  @Get()
  @Header('Content-Type', register.contentType)
  metrics(): Promise<string> {
    return register.metrics();
  }
}
