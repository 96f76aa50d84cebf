import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrganisatieRef, WebhookGezet } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { NOTIFICATIES_ENV, NotificatiesEnv } from '../../../config/notificaties-env';
import { Command } from '../../../shared/command';
import { BezorgingRepository } from '../../database/bezorging.repository';
import { BezorgingErrors } from '../../domain/bezorging.errors';
import { assertBeheerder } from '../../domain/organisatie-beheer';
import { isOpenbaarAdres } from '../../kanalen/webhook-adres';

export type ZetWebhookCommand = Command<{ organisatie: OrganisatieRef; url: string }>;

/**
 * Use case: the beheerder registers or replaces the organisation's webhook — active, with a fresh secret returned only
 * now. Only https (plain http in DEMO_MODE), and not an IP address that is not public; a host name is checked again at
 * every send, after DNS resolution (kanalen/webhook-verzender).
 */
@Injectable()
export class ZetWebhook {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bezorgingen: BezorgingRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(NOTIFICATIES_ENV) private readonly env: NotificatiesEnv,
  ) {}

  async execute({ input, actor }: ZetWebhookCommand): Promise<WebhookGezet> {
    assertBeheerder(actor, input.organisatie);
    const url = new URL(input.url);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && this.env.DEMO_MODE)) throw BezorgingErrors.alleenHttps();
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if ((isIP(host) || host === 'localhost') && !isOpenbaarAdres(host) && !this.env.WEBHOOK_PRIVATE_ADRESSEN_TOESTAAN)
      throw BezorgingErrors.adresNietToegestaan();
    const geheim = `whsec_${randomBytes(32).toString('base64url')}`;
    await this.bezorgingen.zetWebhook(this.dataSource, input.organisatie, input.url, geheim, this.clock.now());
    return { organisatie: input.organisatie, url: input.url, geheim, actief: true };
  }
}
