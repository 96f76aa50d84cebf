import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { DueWorkSweeper } from '@sluitend/platform';
import { NOTIFICATIES_ENV, NotificatiesEnv } from '../../../config/notificaties-env';
import { SystemCommand } from '../../../shared/command';
import { JOBS } from '../../../shared/jobs';
import { BezorgingRepository } from '../../database/bezorging.repository';

export type PlanBezorgingenCommand = SystemCommand<{ alertIds: readonly string[]; soort: 'alert' | 'escalatie' }>;

/**
 * Use case, started in the transaction that made alerts (new ones, or escalations): plans their e-mail and webhook
 * deliveries per the organisations' channels (a digest organisation's alerts are marked for the digest instead) and
 * wakes the sender in the same transaction, so the wake-up exists exactly when the deliveries do. No e-mail without
 * SMTP_URL. Returns the number of deliveries planned.
 */
@Injectable()
export class PlanBezorgingen {
  constructor(
    private readonly bezorgingen: BezorgingRepository,
    private readonly sweeper: DueWorkSweeper,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(NOTIFICATIES_ENV) private readonly env: NotificatiesEnv,
  ) {}

  async execute({ input }: PlanBezorgingenCommand, tx: EntityManager): Promise<number> {
    if (input.alertIds.length === 0) return 0;
    const gepland = await this.bezorgingen.plan(tx, input.alertIds, input.soort, this.clock.now(), !!this.env.SMTP_URL);
    if (gepland > 0) await this.sweeper.wake(JOBS.bezorging, 0, tx);
    return gepland;
  }
}
