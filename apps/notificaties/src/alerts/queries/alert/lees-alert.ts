import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AlertMetHistorie } from '@sluitend/contracts';
import { Command } from '../../../shared/command';
import { AlertsRepository } from '../../database/alerts.repository';
import { alertMetHistorieView } from '../../domain/alert-view';
import { AlertErrors } from '../../domain/alerts.errors';
import { inboxVan } from '../../domain/inbox-eigenaar';

export type LeesAlertCommand = Command<{ alertId: string }>;

/** Use case: one alert of the caller's organisation with its history; another organisation's alert is not found. */
@Injectable()
export class LeesAlert {
  constructor(
    private readonly dataSource: DataSource,
    private readonly alerts: AlertsRepository,
  ) {}

  async execute({ input, actor }: LeesAlertCommand): Promise<AlertMetHistorie> {
    const inbox = inboxVan(actor);
    const alert = await this.alerts.inInbox(this.dataSource, input.alertId, inbox);
    if (!alert) throw AlertErrors.nietGevonden(input.alertId, inbox);
    return alertMetHistorieView(alert, await this.alerts.historie(this.dataSource, alert.id));
  }
}
