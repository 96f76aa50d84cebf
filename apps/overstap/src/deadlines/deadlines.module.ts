import { Global, Module } from '@nestjs/common';
import { OVERSTAP_ENV, OverstapEnv } from '../config/overstap-env';
import { DEADLINE_REGELS, deadlineRegels } from './deadline-regels';
import { DeadlineRunner } from './deadline-runner.service';

@Global()
@Module({
  providers: [
    DeadlineRunner,
    { provide: DEADLINE_REGELS, inject: [OVERSTAP_ENV], useFactory: (env: OverstapEnv) => deadlineRegels(env.VROEGE_WAARSCHUWINGEN) },
  ],
  exports: [DeadlineRunner, DEADLINE_REGELS],
})
export class DeadlinesModule {}
