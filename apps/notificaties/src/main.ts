import 'reflect-metadata';
import { runService } from '@sluitend/platform';
import { AppModule } from './app.module';
import { notificatiesEnvSchema } from './config/notificaties-env';

runService({
  service: 'notificaties',
  envSchema: notificatiesEnvSchema,
  module: (env) => AppModule.forEnv(env),
  title: 'Sluitend notificaties',
  description: 'Signalen naar de juiste organisatie: inbox, e-mail, ondertekende webhooks en escalatie.',
});
