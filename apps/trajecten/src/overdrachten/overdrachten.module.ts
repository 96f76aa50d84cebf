import { Module } from '@nestjs/common';
import { CasussenModule } from '../casussen/casussen.module';
import { HandelOverdrachtAf } from './commands/handel-overdracht-af/handel-overdracht-af';
import { HandelOverdrachtAfHttp } from './commands/handel-overdracht-af/handel-overdracht-af.http';
import { StelOverdrachtVoor } from './commands/stel-overdracht-voor/stel-overdracht-voor';
import { StelOverdrachtVoorHttp } from './commands/stel-overdracht-voor/stel-overdracht-voor.http';
import { CasusToegang } from './database/casus-toegang';
import { OverdrachtenRepository } from './database/overdrachten.repository';
import { OverdrachtEscalatieJob } from './jobs/overdracht-escalatie.job';
import { LeesOverdrachten } from './queries/overdrachten/lees-overdrachten';
import { LeesOverdrachtenHttp } from './queries/overdrachten/overdrachten.http';
import { LeesPartnerOverdrachten } from './queries/partner-overdrachten/lees-partner-overdrachten';
import { LeesPartnerOverdrachtenHttp } from './queries/partner-overdrachten/partner-overdrachten.http';

/** Warm handovers of a case to a partner: proposal, acceptance after the warm talk, escalation when not accepted in time. */
@Module({
  imports: [CasussenModule],
  controllers: [LeesOverdrachtenHttp, StelOverdrachtVoorHttp, HandelOverdrachtAfHttp, LeesPartnerOverdrachtenHttp],
  providers: [
    OverdrachtenRepository,
    CasusToegang,
    StelOverdrachtVoor,
    HandelOverdrachtAf,
    LeesOverdrachten,
    LeesPartnerOverdrachten,
    OverdrachtEscalatieJob,
  ],
  exports: [OverdrachtenRepository, CasusToegang],
})
export class OverdrachtenModule {}
