import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertOrgType, Claims } from '@sluitend/auth';
import { DigestResultaat } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { DueWorkSweeper } from '@sluitend/platform';
import { JOBS } from '../../../shared/jobs';
import { BezorgingRepository } from '../../database/bezorging.repository';

/** Started by the schedule (no actor) or by ops over HTTP. */
export type VerstuurDigestCommand = { input?: undefined; actor?: Claims; correlationId: string };

/**
 * Use case: the daily digest (DIGEST_CRON, default 07:00 Amsterdam; ops may send it now). Per organisation that chose
 * `dagelijks`, every alert marked for the digest and not yet in one becomes a single e-mail delivery. Claiming the
 * alerts and planning the delivery are one transaction, so an alert is in exactly one digest whichever replica runs it.
 */
@Injectable()
export class VerstuurDigest {
  private readonly logger = new Logger(VerstuurDigest.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly bezorgingen: BezorgingRepository,
    private readonly sweeper: DueWorkSweeper,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actor }: VerstuurDigestCommand): Promise<DigestResultaat> {
    if (actor) assertOrgType(actor, ['ops']);
    const resultaat = await this.dataSource.transaction(async (manager) => {
      const gebundeld = await this.bezorgingen.bundelDigest(manager, this.clock.now());
      if (gebundeld.length > 0) await this.sweeper.wake(JOBS.bezorging, 0, manager);
      return { organisaties: gebundeld.length, alerts: gebundeld.reduce((sum, row) => sum + row.alerts, 0) };
    });
    if (resultaat.organisaties > 0) this.logger.log(`dagoverzicht: ${resultaat.alerts} alert(s) voor ${resultaat.organisaties} organisatie(s)`);
    return resultaat;
  }
}
