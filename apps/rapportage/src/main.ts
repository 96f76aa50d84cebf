import 'reflect-metadata';
import { runService } from '@sluitend/platform';
import { AppModule } from './app.module';
import { rapportageEnvSchema } from './config/rapportage-env';

runService({
  service: 'rapportage',
  envSchema: rapportageEnvSchema,
  module: (env) => AppModule.forEnv(env),
  title: 'Sluitend rapportage',
  description: 'Projecties voor dashboards, tabellenboek, factsheets en exports.',
});
