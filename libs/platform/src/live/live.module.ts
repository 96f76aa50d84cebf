import { DynamicModule, Module } from '@nestjs/common';
import { LIVE_OPTIONS, LiveBus, LiveOptions } from './live-bus';
import { liveHttp } from './live.http';
import { LiveTickets } from './live-tickets';

/** A service's live streams (ADR 0021): the tickets, the LISTEN connection and one controller per stream. */
@Module({})
export class LiveModule {
  static forService(options: LiveOptions): DynamicModule {
    return {
      module: LiveModule,
      controllers: options.stromen.map((stroom) => liveHttp(stroom)),
      providers: [{ provide: LIVE_OPTIONS, useValue: options }, LiveBus, LiveTickets],
      exports: [LiveBus, LiveTickets],
    };
  }
}
