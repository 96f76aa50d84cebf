import { Inject, Injectable, Logger } from '@nestjs/common';
import { Counter } from 'prom-client';
import type { EntityManager } from 'typeorm';
import { DueWork, DueWorkJob } from '../due-work/due-work';
import { qualifiedTable, RetentionPolicies, RetentionPolicy } from './retention-policies';

export const RETENTION_OPTIONS = Symbol('RETENTION_OPTIONS');
export type RetentionOptions = { schema: string };

const deletedRows = new Counter({
  name: 'sluitend_retention_deleted_rows_total',
  help: 'Rows deleted because they outlived their retention period, per policy',
  labelNames: ['policy'] as const,
});

/** Due rows counted at most this far, so a large backlog never makes the count itself slow. */
const COUNT_CAP = 100_000;

const olderThan = (policy: RetentionPolicy, table: string) =>
  `FROM ${table} WHERE "${policy.column}" < now() - make_interval(secs => $1)${policy.where ? ` AND (${policy.where})` : ''}`;

/**
 * Deletes rows that outlived their retention period, for every registered policy, on the platform's sweeper: each
 * round deletes up to `batchSize` rows (SKIP LOCKED, so replicas share the work) in one transaction, until none is
 * due. Hourly (cron backstop) and once at start; the count of due rows is on /metrics.
 */
@Injectable()
@DueWorkJob()
export class RetentionWork implements DueWork<string, Record<string, number>> {
  readonly name = 'retention';
  readonly mode = 'transaction' as const;
  readonly batchSize = 5000;
  readonly cron = '17 * * * *';
  private readonly logger = new Logger('Retention');

  constructor(
    private readonly policies: RetentionPolicies,
    @Inject(RETENTION_OPTIONS) private readonly options: RetentionOptions,
  ) {}

  /** Deletes up to `limit` due rows; returns one entry (the policy's name) per row deleted. */
  async claim(manager: EntityManager, _now: Date, limit: number): Promise<string[]> {
    const deleted: string[] = [];
    for (const policy of this.policies.list()) {
      const left = limit - deleted.length;
      if (left <= 0) break;
      const table = qualifiedTable(policy, this.options.schema);
      const [{ count }] = (await manager.query(
        `WITH doomed AS (SELECT ctid ${olderThan(policy, table)} LIMIT $2 FOR UPDATE SKIP LOCKED),
              gone AS (DELETE FROM ${table} WHERE ctid IN (SELECT ctid FROM doomed) RETURNING 1)
         SELECT count(*)::int AS count FROM gone`,
        [policy.keepForMs / 1000, left],
      )) as Array<{ count: number }>;
      for (let i = 0; i < count; i += 1) deleted.push(policy.name);
    }
    return deleted;
  }

  async apply(items: string[]): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const policy of items) counts[policy] = (counts[policy] ?? 0) + 1;
    for (const [policy, count] of Object.entries(counts)) deletedRows.inc({ policy }, count);
    return counts;
  }

  /** Retention runs on its hourly schedule; it needs no wake-up at a moment. */
  async nextDueAt(): Promise<Date | null> {
    return null;
  }

  async countDue(manager: EntityManager): Promise<number> {
    let total = 0;
    for (const policy of this.policies.list()) {
      const [{ count }] = (await manager.query(
        `SELECT count(*)::int AS count FROM (SELECT 1 ${olderThan(policy, qualifiedTable(policy, this.options.schema))} LIMIT ${COUNT_CAP}) due`,
        [policy.keepForMs / 1000],
      )) as Array<{ count: number }>;
      total += count;
    }
    return total;
  }

  report(outcomes: Array<Record<string, number>>): Array<Record<string, unknown>> {
    const total: Record<string, number> = {};
    for (const outcome of outcomes) for (const [policy, count] of Object.entries(outcome)) total[policy] = (total[policy] ?? 0) + count;
    // Every run is logged: which policies it applied and how many rows each deleted (0 when nothing was due).
    const perPolicy = this.policies.list().map((policy) => `${policy.name}=${total[policy.name] ?? 0}`);
    this.logger.log(`retention run: ${perPolicy.join(' ')}`);
    return Object.entries(total).map(([beleid, verwijderd]) => ({ beleid, verwijderd }));
  }
}
