import { Module } from '@nestjs/common';
import { CasussenModule } from '../casussen/casussen.module';
import { OverdrachtenModule } from '../overdrachten/overdrachten.module';
import { MaakTrajectplan } from './commands/maak-trajectplan/maak-trajectplan';
import { MaakTrajectplanHttp } from './commands/maak-trajectplan/maak-trajectplan.http';
import { WijzigTrajectplan } from './commands/wijzig-trajectplan/wijzig-trajectplan';
import { WijzigTrajectplanHttp } from './commands/wijzig-trajectplan/wijzig-trajectplan.http';
import { ZetPlanStatus } from './commands/zet-plan-status/zet-plan-status';
import { ZetPlanStatusHttp } from './commands/zet-plan-status/zet-plan-status.http';
import { WijzigHuidigPlan } from './commands/wijzig-huidig-plan';
import { TrajectplannenRepository } from './database/trajectplannen.repository';
import { LeesTrajectplan } from './queries/trajectplan/lees-trajectplan';
import { LeesTrajectplanHttp } from './queries/trajectplan/trajectplan.http';

/** The trajectplan of a case: goals, actions with owner and due date, support; versions with history, optimistic locking. */
@Module({
  imports: [CasussenModule, OverdrachtenModule],
  controllers: [LeesTrajectplanHttp, MaakTrajectplanHttp, WijzigTrajectplanHttp, ZetPlanStatusHttp],
  providers: [TrajectplannenRepository, WijzigHuidigPlan, MaakTrajectplan, WijzigTrajectplan, ZetPlanStatus, LeesTrajectplan],
})
export class TrajectplannenModule {}
