import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AlertsQuery, Inbox } from '@sluitend/contracts';
import { Command } from '../../../shared/command';
import { AlertsRepository } from '../../database/alerts.repository';
import { alertView } from '../../domain/alert-view';
import { inboxVan } from '../../domain/inbox-eigenaar';

export type LeesInboxCommand = Command<AlertsQuery>;

/** Use case: one page of the caller's organisation's inbox, newest first, filtered by status, signal type, assignee or escalation. */
@Injectable()
export class LeesInbox {
  constructor(
    private readonly dataSource: DataSource,
    private readonly alerts: AlertsRepository,
  ) {}

  async execute({ input, actor }: LeesInboxCommand): Promise<Inbox> {
    const inbox = inboxVan(actor);
    const { totaal, alerts } = await this.alerts.zoek(this.dataSource, inbox, input);
    return { organisatie: inbox, totaal, pagina: input.pagina, perPagina: input.perPagina, alerts: alerts.map(alertView) };
  }
}
