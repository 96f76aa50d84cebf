import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ALERT_STATUSSEN, InboxTellingen } from '@sluitend/contracts';
import { Command } from '../../../shared/command';
import { AlertsRepository } from '../../database/alerts.repository';
import { inboxVan } from '../../domain/inbox-eigenaar';

export type TelInboxCommand = Command<undefined>;

/** Use case: the caller's organisation's inbox counted per status, and how many alerts escalated. */
@Injectable()
export class TelInbox {
  constructor(
    private readonly dataSource: DataSource,
    private readonly alerts: AlertsRepository,
  ) {}

  async execute({ actor }: TelInboxCommand): Promise<InboxTellingen> {
    const inbox = inboxVan(actor);
    const rijen = await this.alerts.tellingen(this.dataSource, inbox);
    const perStatus = Object.fromEntries(
      ALERT_STATUSSEN.map((status) => [status, rijen.find((rij) => rij.status === status)?.aantal ?? 0]),
    ) as InboxTellingen['perStatus'];
    return {
      organisatie: inbox,
      totaal: rijen.reduce((sum, rij) => sum + rij.aantal, 0),
      perStatus,
      geescaleerd: rijen.reduce((sum, rij) => sum + rij.geescaleerd, 0),
    };
  }
}
