import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrganisatieRef, WebhookGezet } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { Command } from '../../../shared/command';
import { BezorgingRepository } from '../../database/bezorging.repository';
import { assertBeheerder } from '../../domain/organisatie-beheer';

export type ZetWebhookCommand = Command<{ organisatie: OrganisatieRef; url: string }>;

/** Use case: the beheerder registers or replaces the organisation's webhook — active, with a fresh secret returned only now. */
@Injectable()
export class ZetWebhook {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bezorgingen: BezorgingRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor }: ZetWebhookCommand): Promise<WebhookGezet> {
    assertBeheerder(actor, input.organisatie);
    const geheim = `whsec_${randomBytes(32).toString('base64url')}`;
    await this.bezorgingen.zetWebhook(this.dataSource, input.organisatie, input.url, geheim, this.clock.now());
    return { organisatie: input.organisatie, url: input.url, geheim, actief: true };
  }
}
