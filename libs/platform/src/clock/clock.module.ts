import { DynamicModule, Global, Module } from '@nestjs/common';
import { CLOCK, OffsetClock, systemClock } from '@sluitend/domain-nl';

/** The one Clock of a service. Demo mode gets a clock that can be moved forward; production the system clock. */
@Global()
@Module({})
export class ClockModule {
  static forService(demoMode: boolean): DynamicModule {
    return {
      module: ClockModule,
      providers: [{ provide: CLOCK, useValue: demoMode ? new OffsetClock() : systemClock }],
      exports: [CLOCK],
    };
  }
}
