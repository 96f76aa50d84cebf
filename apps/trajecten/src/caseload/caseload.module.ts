import { Module } from '@nestjs/common';
import { CasussenModule } from '../casussen/casussen.module';
import { ZetCaseloadTeam } from './commands/zet-caseload-team/zet-caseload-team';
import { ZetCaseloadTeamHttp } from './commands/zet-caseload-team/zet-caseload-team.http';
import { CaseloadRepository } from './database/caseload.repository';
import { LeesCaseload } from './queries/caseload/lees-caseload';
import { LeesCaseloadHttp } from './queries/caseload/caseload.http';

/** Caseload per casusregisseur against the norm per fte: the coordinator's overview and the team it is measured against. */
@Module({
  imports: [CasussenModule],
  controllers: [LeesCaseloadHttp, ZetCaseloadTeamHttp],
  providers: [CaseloadRepository, LeesCaseload, ZetCaseloadTeam],
})
export class CaseloadModule {}
