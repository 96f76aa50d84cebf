import { DynamicModule, Module } from '@nestjs/common';
import { ServiceKernelModule } from '@sluitend/platform';
import { TrajectenEnv } from './config/trajecten-env';

/** trajecten: RMC-casusregie: screening, trajectplan, warme overdracht, heraanpak, uitkomsten en DUO-lijstwerk. Runs on the shared kernel (schema, outbox relay, health, auth); capabilities arrive per issue. */
@Module({})
export class AppModule {
  static forEnv(env: TrajectenEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [ServiceKernelModule.forService({ service: 'trajecten', env, entities: [], migrations: [] })],
    };
  }
}
