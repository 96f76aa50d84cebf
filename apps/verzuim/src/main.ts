import 'reflect-metadata';
import { runService } from '@sluitend/platform';
import { AppModule } from './app.module';
import { verzuimEnvSchema } from './config/verzuim-env';

runService({
  service: 'verzuim',
  envSchema: verzuimEnvSchema,
  module: (env) => AppModule.forEnv(env),
  title: 'Sluitend verzuim',
  description: 'Verzuimmeldingen, wettelijke drempels, ziekteverzuim (M@ZL) en de splitsing leerplicht/kwalificatieplicht/RMC.',
});
