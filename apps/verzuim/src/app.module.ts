import { DynamicModule, Module } from '@nestjs/common';
import { ServiceKernelModule } from '@sluitend/platform';
import { VerzuimEnv } from './config/verzuim-env';

/** verzuim: Verzuimmeldingen, wettelijke drempels, ziekteverzuim (M@ZL) en de splitsing leerplicht/kwalificatieplicht/RMC. Runs on the shared kernel (schema, outbox relay, health, auth); capabilities arrive per issue. */
@Module({})
export class AppModule {
  static forEnv(env: VerzuimEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [ServiceKernelModule.forService({ service: 'verzuim', env, entities: [], migrations: [] })],
    };
  }
}
