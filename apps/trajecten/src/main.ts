import 'reflect-metadata';
import { runService } from '@sluitend/platform';
import { AppModule } from './app.module';
import { trajectenEnvSchema } from './config/trajecten-env';

runService({
  service: 'trajecten',
  envSchema: trajectenEnvSchema,
  module: (env) => AppModule.forEnv(env),
  title: 'Sluitend trajecten',
  description: 'RMC-casusregie: screening, trajectplan, warme overdracht, heraanpak, uitkomsten en DUO-lijstwerk.',
});
