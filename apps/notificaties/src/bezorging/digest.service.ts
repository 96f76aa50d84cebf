import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { QUEUES } from '../scheduling/jobs';
import { DueWorkSweeper, JobScheduler } from '@sluitend/platform';
import { NOTIFICATIES_ENV, NotificatiesEnv } from '../config/notificaties-env';

export type DigestResultaat = { organisaties: number; alerts: number };

/**
 * The daily digest (DIGEST_CRON, default 07:00 Amsterdam): per organisation that chose `dagelijks`, every alert marked
 * for the digest and not yet in one becomes a single e-mail delivery. Claiming the alerts (in_digest_op) and planning
 * the delivery are one transaction, so an alert is in exactly one digest whichever replica runs it.
 */
@Injectable()
export class DigestService implements OnModuleInit {
  private readonly logger = new Logger(DigestService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: DueWorkSweeper,
    private readonly scheduler: JobScheduler,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(NOTIFICATIES_ENV) private readonly env: NotificatiesEnv,
  ) {}

  onModuleInit(): void {
    this.scheduler.register({ name: QUEUES.digest, cron: this.env.DIGEST_CRON, pollingIntervalSeconds: 10, run: async () => void (await this.run()) });
  }

  async run(): Promise<DigestResultaat> {
    const resultaat = await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const rows: Array<{ org_type: string; org_code: string; alerts: number }> = await manager.query(
        `WITH geclaimd AS (
           UPDATE alert SET in_digest_op = $1
           WHERE id IN (SELECT id FROM alert WHERE voor_digest AND in_digest_op IS NULL FOR UPDATE SKIP LOCKED)
           RETURNING id, org_type, org_code, nummer
         ), gebundeld AS (
           INSERT INTO bezorging (id, kanaal, soort, org_type, org_code, alert_ids, status, volgende_poging_op, aangemaakt_op)
           SELECT gen_random_uuid(), 'email', 'digest', org_type, org_code, array_agg(id ORDER BY nummer), 'wachtend', $1, $1
           FROM geclaimd GROUP BY org_type, org_code
           RETURNING org_type, org_code, cardinality(alert_ids) AS alerts
         )
         SELECT org_type, org_code, alerts FROM gebundeld`,
        [now],
      );
      if (rows.length > 0) await this.jobs.wake(QUEUES.bezorging, 0, manager);
      return { organisaties: rows.length, alerts: rows.reduce((sum, row) => sum + Number(row.alerts), 0) };
    });
    if (resultaat.organisaties > 0) this.logger.log(`dagoverzicht: ${resultaat.alerts} alert(s) voor ${resultaat.organisaties} organisatie(s)`);
    return resultaat;
  }
}
