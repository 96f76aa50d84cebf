import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';

export type HealthOptions = { databaseUrl: string; timeoutMs: number };
export const HEALTH_OPTIONS = Symbol('HEALTH_OPTIONS');

export type ProbeResult = { up: true; ms: number } | { up: false; ms: number; reason: string };

/**
 * Can this replica reach its database now? One connection of its own (not the app's pool, which a busy consumer may
 * hold), a statement that must answer within the timeout, and a short reason when it does not.
 */
@Injectable()
export class DatabaseProbe implements OnApplicationShutdown {
  private readonly pool: Pool;

  constructor(@Inject(HEALTH_OPTIONS) private readonly options: HealthOptions) {
    this.pool = new Pool({
      connectionString: options.databaseUrl,
      max: 1,
      connectionTimeoutMillis: options.timeoutMs,
      query_timeout: options.timeoutMs,
      idleTimeoutMillis: 60_000,
      application_name: 'health',
    });
    // A restarted server ends the idle connection: the pool drops it and the next probe connects anew.
    this.pool.on('error', () => undefined);
  }

  async check(): Promise<ProbeResult> {
    const started = Date.now();
    const ms = () => Date.now() - started;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${this.options.timeoutMs} ms`)), this.options.timeoutMs);
    });
    try {
      await Promise.race([this.pool.query('SELECT 1'), timeout]);
      return { up: true, ms: ms() };
    } catch (error) {
      return { up: false, ms: ms(), reason: shortReason(error) };
    } finally {
      clearTimeout(timer);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }
}

/** The first line of the error, without the stack; an AggregateError (IPv4 and IPv6 refused) by its first cause. */
function shortReason(error: unknown): string {
  const inner = error instanceof AggregateError && error.errors.length > 0 ? error.errors[0] : error;
  const message = inner instanceof Error ? inner.message || inner.name : String(inner);
  return message.split('\n')[0].slice(0, 200);
}
