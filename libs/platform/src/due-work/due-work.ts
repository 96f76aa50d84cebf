import { SetMetadata } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Work that falls due at a moment kept in the service's own rows (a deadline, a delivery to retry, an alert to
 * escalate, a re-approach timer). The rows are the truth; the sweeper only wakes up to look at them.
 *
 * - `transaction`: claim and apply in one transaction. Claim with `FOR UPDATE SKIP LOCKED` so replicas never take the
 *   same rows; the apply writes the effect, marks the rows done and appends outbox rows, all or nothing.
 * - `lease`: the claim commits a lease on the rows (an UPDATE … RETURNING that moves a `claimed until` forward), then
 *   apply runs outside any transaction (an e-mail, a webhook call) and records the outcome itself. A crashed
 *   replica's lease expires and the rows are claimed again: at-least-once. The lease must outlast apply's timeout.
 */
export interface DueWork<Item = unknown, Outcome = unknown> {
  /** The work's name, unique in its service; also its pg-boss queue. */
  readonly name: string;
  readonly mode: 'transaction' | 'lease';
  /** Rows claimed per round (default 100). */
  readonly batchSize?: number;
  /** A cron backstop (Europe/Amsterdam, default every minute): a lost wake-up costs at most one period. */
  readonly cron?: string;
  /** How often an idle worker polls its queue (default 0.5 s). */
  readonly pollingIntervalSeconds?: number;
  /** Claims up to `limit` rows due at `now`. In `lease` mode its transaction commits before apply. */
  claim(manager: EntityManager, now: Date, limit: number): Promise<Item[]>;
  /** Applies claimed rows: in the claim's transaction (`manager`), or outside one in `lease` mode (`manager` null). */
  apply(items: Item[], at: { manager: EntityManager | null; now: Date }): Promise<Outcome>;
  /** When the next row falls due (by the service's clock), or null when nothing waits. */
  nextDueAt(manager: EntityManager): Promise<Date | null>;
  /**
   * How many rows are due at `now` and not yet done (`sluitend_due_work_due_rows` on /metrics, sampled). Optional;
   * keep it cheap (an indexed range, capped).
   */
  countDue?(manager: EntityManager, now: Date): Promise<number>;
  /** How a sweep's outcomes read in the demo clock's answer (e.g. `{ regel, schooljaar, signalen }`). */
  report?(outcomes: Outcome[]): Array<Record<string, unknown>>;
}

export const DUE_WORK = 'sluitend:due-work';

/** Marks a provider as due work, so the service's sweeper finds it. */
export const DueWorkJob = (): ClassDecorator => SetMetadata(DUE_WORK, true);
