import { Module } from '@nestjs/common';
import { ProjecteerAlerts } from './commands/projecteer-alerts/projecteer-alerts';
import { ProjecteerAlertsMessage } from './commands/projecteer-alerts/projecteer-alerts.message';
import { AlertcijfersRepository } from './database/alertcijfers.repository';
import { LeesAlertcijfers } from './queries/alertcijfers/alertcijfers';
import { LeesAlertcijfersHttp } from './queries/alertcijfers/alertcijfers.http';

/** alertcijfers: notificaties' alert events projected per alert; time to pick-up and handling, escalations. */
@Module({
  controllers: [ProjecteerAlertsMessage, LeesAlertcijfersHttp],
  providers: [AlertcijfersRepository, ProjecteerAlerts, LeesAlertcijfers],
  exports: [ProjecteerAlerts],
})
export class AlertcijfersModule {}
