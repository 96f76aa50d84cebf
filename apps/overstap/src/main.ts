import 'reflect-metadata';
import { runService } from '@sluitend/platform';
import { AppModule } from './app.module';
import { overstapEnvSchema } from './config/overstap-env';

runService({
  service: 'overstap',
  envSchema: overstapEnvSchema,
  module: (env) => AppModule.forEnv(env),
  title: 'Sluitend overstap (doorstroommonitor)',
  description: 'Digitale doorstroomdossiers van VO-scholen; aanmeldingen, inschrijvingen en deadlines volgen.',
});
