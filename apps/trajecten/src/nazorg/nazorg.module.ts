import { Module } from '@nestjs/common';
import { CasussenModule } from '../casussen/casussen.module';
import { LegNazorgcontroleVast } from './commands/leg-nazorgcontrole-vast/leg-nazorgcontrole-vast';
import { LegNazorgcontroleVastHttp } from './commands/leg-nazorgcontrole-vast/leg-nazorgcontrole-vast.http';
import { PlanNazorgcontrole } from './commands/plan-nazorgcontrole/plan-nazorgcontrole';
import { PlanNazorgcontroleMessage } from './commands/plan-nazorgcontrole/plan-nazorgcontrole.message';
import { NazorgRepository } from './database/nazorg.repository';
import { NazorgcontroleJob } from './jobs/nazorgcontrole.job';
import { LeesNazorgcontroles } from './queries/nazorgcontroles/lees-nazorgcontroles';
import { LeesNazorgcontrolesHttp } from './queries/nazorgcontroles/nazorgcontroles.http';

/** The nazorg check: planned when a case closes with a place, fired once on the sweeper onto the regisseur's list, its result recorded. */
@Module({
  imports: [CasussenModule],
  controllers: [LeesNazorgcontrolesHttp, LegNazorgcontroleVastHttp, PlanNazorgcontroleMessage],
  providers: [NazorgRepository, PlanNazorgcontrole, NazorgcontroleJob, LeesNazorgcontroles, LegNazorgcontroleVast],
})
export class NazorgModule {}
