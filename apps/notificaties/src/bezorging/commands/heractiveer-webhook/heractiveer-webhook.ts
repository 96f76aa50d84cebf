import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrganisatieRef, WebhookHeractiveerd } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { DueWorkSweeper } from '@sluitend/platform';
import { Command } from '../../../shared/command';
import { JOBS } from '../../../shared/jobs';
import { BezorgingRepository } from '../../database/bezorging.repository';
import { BezorgingErrors } from '../../domain/bezorging.errors';
import { assertBeheerderOfOps } from '../../domain/organisatie-beheer';

export type HeractiveerWebhookCommand = Command<{ organisatie: OrganisatieRef }>;

/**
 * Use case: the beheerder or ops re-enables a webhook that was disabled after repeated failure; what was parked
 * meanwhile is sent (as new deliveries, attempts from 0). One transaction with the sender's wake-up.
 */
@Injectable()
export class HeractiveerWebhook {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bezorgingen: BezorgingRepository,
    private readonly sweeper: DueWorkSweeper,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor }: HeractiveerWebhookCommand): Promise<WebhookHeractiveerd> {
    assertBeheerderOfOps(actor, input.organisatie);
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      if (!(await this.bezorgingen.heractiveerWebhook(manager, input.organisatie, now))) throw BezorgingErrors.geenWebhook(input.organisatie);
      const hervat = await this.bezorgingen.hervatGeparkeerd(manager, input.organisatie, now);
      if (hervat > 0) await this.sweeper.wake(JOBS.bezorging, 0, manager);
      return { organisatie: input.organisatie, actief: true, hervatteBezorgingen: hervat };
    });
  }
}
