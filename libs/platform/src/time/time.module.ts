import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { CLOCK, OffsetClock, systemClock } from '@sluitend/domain-nl';
import { DUE_WORK_SAMPLE_INTERVAL, DueWorkSweeper } from '../due-work/due-work.sweeper';
import { JobScheduler, SCHEDULER_OPTIONS, SchedulerOptions } from '../scheduling/job-scheduler';
import { DEMO_CLOCK_OPTIONS, DemoClock, demoClockSchema } from '../clock/demo-clock';
import { DemoKlokHttp } from './demo-klok.http';

export type TimeOptions = {
  service: string;
  demoMode: boolean;
  databaseUrl: string;
  schema: string;
  topicPrefix: string;
  /** How often due work is sampled for /metrics (default 10 s). */
  sampleIntervalMs?: number;
};

/**
 * Time in a service: its one Clock (in demo mode the platform's movable demo clock, else the system clock), its one
 * pg-boss (JobScheduler) and its one sweeper of due work, woken by pg-boss and by demo clock jumps.
 */
@Global()
@Module({})
export class TimeModule {
  static forService(options: TimeOptions): DynamicModule {
    const scheduler: SchedulerOptions = { databaseUrl: options.databaseUrl, schema: options.schema };
    return {
      module: TimeModule,
      imports: [DiscoveryModule],
      controllers: [DemoKlokHttp],
      providers: [
        { provide: CLOCK, useValue: options.demoMode ? new OffsetClock() : systemClock },
        {
          provide: DEMO_CLOCK_OPTIONS,
          useValue: { databaseUrl: options.databaseUrl, schema: demoClockSchema(options.topicPrefix), service: options.service },
        },
        { provide: SCHEDULER_OPTIONS, useValue: scheduler },
        { provide: DUE_WORK_SAMPLE_INTERVAL, useValue: options.sampleIntervalMs ?? 10_000 },
        JobScheduler,
        DemoClock,
        DueWorkSweeper,
      ],
      exports: [CLOCK, DemoClock, DueWorkSweeper, JobScheduler],
    };
  }
}
