import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { AlertsQuery, Inbox } from '@sluitend/contracts';
import { Command } from '../../../shared/command';
import { AlertsRepository } from '../../database/alerts.repository';
import { alertView } from '../../domain/alert-view';
import { inboxVan } from '../../domain/inbox-eigenaar';

export type LeesInboxCommand = Command<AlertsQuery>;

/**
 * Use case: one page of the caller's organisation's inbox, newest first, filtered by status, signal type, assignee or
 * escalation. Every alert on the page is recorded in the inzage log.
 */
@Injectable()
export class LeesInbox {
  constructor(
    private readonly dataSource: DataSource,
    private readonly alerts: AlertsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor }: LeesInboxCommand): Promise<Inbox> {
    const inbox = inboxVan(actor);
    return this.dataSource.transaction(async (manager) => {
      const { totaal, alerts } = await this.alerts.zoek(manager, inbox, input);
      await this.alerts.registreerMedewerker(manager, inbox, { sub: actor.sub, naam: actor.name, op: this.clock.now() });
      await this.alerts.registreerInzage(manager, {
        gebruiker: actor.sub,
        organisatie: `${actor.org.type}:${actor.org.code}`,
        alertIds: alerts.map((alert) => alert.id),
        reden: 'signalen-opvolgen',
        op: this.clock.now(),
      });
      return { organisatie: inbox, totaal, pagina: input.pagina, perPagina: input.perPagina, alerts: alerts.map(alertView) };
    });
  }
}
