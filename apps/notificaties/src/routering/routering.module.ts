import { Module } from '@nestjs/common';
import { ZetRoutering } from './commands/zet-routering/zet-routering';
import { ZetRouteringHttp } from './commands/zet-routering/zet-routering.http';
import { RegioRegelsBron } from './database/regio-regels.bron';
import { RouteringRepository } from './database/routering.repository';
import { LeesRoutering } from './queries/routering/lees-routering';
import { LeesRouteringHttp } from './queries/routering/routering.http';

/** Routing per RMC-regio: who receives which signal. Alerts ask it (RegioRegelsBron) when a signal comes in. */
@Module({
  controllers: [LeesRouteringHttp, ZetRouteringHttp],
  providers: [RouteringRepository, RegioRegelsBron, LeesRoutering, ZetRoutering],
  exports: [RegioRegelsBron],
})
export class RouteringModule {}
