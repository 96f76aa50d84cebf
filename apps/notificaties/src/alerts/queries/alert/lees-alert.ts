import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { AlertMetHistorie } from '@sluitend/contracts';
import { Command } from '../../../shared/command';
import { AlertsRepository } from '../../database/alerts.repository';
import { alertMetHistorieView } from '../../domain/alert-view';
import { AlertErrors } from '../../domain/alerts.errors';
import { inboxVan } from '../../domain/inbox-eigenaar';

export type LeesAlertCommand = Command<{ alertId: string }>;

/** Use case: one alert of the caller's organisation with its history (the read recorded in the inzage log); another organisation's alert is not found. */
@Injectable()
export class LeesAlert {
  constructor(
    private readonly dataSource: DataSource,
    private readonly alerts: AlertsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor }: LeesAlertCommand): Promise<AlertMetHistorie> {
    const inbox = inboxVan(actor);
    return this.dataSource.transaction(async (manager) => {
      const alert = await this.alerts.inInbox(manager, input.alertId, inbox);
      if (!alert) throw AlertErrors.nietGevonden(input.alertId, inbox);
      const historie = await this.alerts.historie(manager, alert.id);
      await this.alerts.registreerMedewerker(manager, inbox, { sub: actor.sub, naam: actor.name, op: this.clock.now() });
      await this.alerts.registreerInzage(manager, {
        gebruiker: actor.sub,
        organisatie: `${actor.org.type}:${actor.org.code}`,
        alertIds: [alert.id],
        reden: 'signaal-opvolgen',
        op: this.clock.now(),
      });
      return alertMetHistorieView(alert, historie);
    });
  }
}
