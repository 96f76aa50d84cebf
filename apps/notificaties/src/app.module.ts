import { DynamicModule, Module } from '@nestjs/common';
import { ServiceKernelModule } from '@sluitend/platform';
import { NotificatiesEnv } from './config/notificaties-env';

/** notificaties: Signalen naar de juiste organisatie: inbox, e-mail, ondertekende webhooks en escalatie. Runs on the shared kernel (schema, outbox relay, health, auth); capabilities arrive per issue. */
@Module({})
export class AppModule {
  static forEnv(env: NotificatiesEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [ServiceKernelModule.forService({ service: 'notificaties', env, entities: [], migrations: [] })],
    };
  }
}
