import { DynamicModule } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { z } from 'zod';
import { ServiceName } from '@sluitend/contracts';
import { BaseEnv } from '../config/base-env.schema';
import { loadConfig } from '../config/load-config';
import { bootstrapService } from './bootstrap-service';
import { previewOpenApiDocument } from './openapi-document';

export type ServiceDefinition<S extends z.ZodType<BaseEnv>> = {
  service: ServiceName;
  envSchema: S;
  module: (env: z.infer<S>) => DynamicModule;
  title: string;
  description: string;
};

/** A service's main as recorded instead of started: enough to describe its API. */
export type RecordedService = {
  service: ServiceName;
  /** The service's OpenAPI document, made in Nest's preview mode (no database, broker or secret touched). */
  openApiDocument: (env: NodeJS.ProcessEnv) => Promise<OpenAPIObject>;
};

let recording: RecordedService[] | null = null;

/**
 * Loads services' mains (`load` imports them) without starting them: each `runService` they call is recorded and
 * answered here. Used to write and check docs/openapi/ offline.
 */
export async function recordServices(load: () => Promise<unknown>): Promise<RecordedService[]> {
  if (recording) throw new Error('recordServices is already recording');
  const recorded: RecordedService[] = [];
  recording = recorded;
  try {
    await load();
  } finally {
    recording = null;
  }
  return recorded;
}

/** A service's main: validate the environment, start, and exit non-zero with the reason when either fails. */
export function runService<S extends z.ZodType<BaseEnv>>(definition: ServiceDefinition<S>): void {
  if (recording) {
    recording.push({
      service: definition.service,
      openApiDocument: async (env) => previewOpenApiDocument(definition.module(loadConfig(definition.envSchema, env)), definition),
    });
    return;
  }
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
