import { Module } from '@nestjs/common';
import { WijzigAlertController } from './commands/wijzig-alert.controller';
import { WijzigAlert } from './commands/wijzig-alert.service';
import { InboxController } from './queries/inbox.controller';
import { InboxService } from './queries/inbox.service';
import { MaakAlerts } from './signalen/maak-alerts.service';
import { SignaalHandler } from './signalen/signaal.handler';

@Module({
  controllers: [SignaalHandler, InboxController, WijzigAlertController],
  providers: [MaakAlerts, WijzigAlert, InboxService],
})
export class AlertsModule {}
