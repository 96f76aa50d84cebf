import { Module } from '@nestjs/common';
import { CasussenModule } from '../casussen/casussen.module';
import { VerwerkSignalen } from './commands/verwerk-signalen/verwerk-signalen';
import { VerwerkSignalenMessage } from './commands/verwerk-signalen/verwerk-signalen.message';
import { ZetCasusRegels } from './commands/zet-casus-regels/zet-casus-regels';
import { ZetCasusRegelsHttp } from './commands/zet-casus-regels/zet-casus-regels.http';
import { CasusRegelsBron } from './database/casus-regels.bron';
import { SignalenRepository } from './database/signalen.repository';
import { LeesCasusRegels } from './queries/casus-regels/lees-casus-regels';
import { LeesCasusRegelsHttp } from './queries/casus-regels/casus-regels.http';

/** Signals about a person → cases, by the region's rule table (which the coordinator sets). */
@Module({
  imports: [CasussenModule],
  controllers: [VerwerkSignalenMessage, LeesCasusRegelsHttp, ZetCasusRegelsHttp],
  providers: [SignalenRepository, CasusRegelsBron, VerwerkSignalen, ZetCasusRegels, LeesCasusRegels],
})
export class SignalenModule {}
