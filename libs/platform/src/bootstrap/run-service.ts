import { DynamicModule } from '@nestjs/common';
import { z } from 'zod';
import { ServiceName } from '@sluitend/contracts';
import { BaseEnv } from '../config/base-env.schema';
import { loadConfig } from '../config/load-config';
import { bootstrapService } from './bootstrap-service';

export type ServiceDefinition<S extends z.ZodType<BaseEnv>> = {
  service: ServiceName;
  envSchema: S;
  module: (env: z.infer<S>) => DynamicModule;
  title: string;
  description: string;
};

/** A service's main: validate the environment, start, and exit non-zero with the reason when either fails. */
export function runService<S extends z.ZodType<BaseEnv>>(definition: ServiceDefinition<S>): void {
  const start = async () => {
    const env = loadConfig(definition.envSchema);
    await bootstrapService(definition.module(env), {
      service: definition.service,
      env,
      title: definition.title,
      description: definition.description,
    });
  };
  start().catch((error: unknown) => {
    process.stderr.write(`${definition.service} failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
