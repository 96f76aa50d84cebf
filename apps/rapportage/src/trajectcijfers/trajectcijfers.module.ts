import { Module } from '@nestjs/common';
import { JikpModule } from '../jikp/jikp.module';
import { ProjecteerBenaderrondes } from './commands/projecteer-benaderrondes/projecteer-benaderrondes';
import { ProjecteerBenaderrondesMessage } from './commands/projecteer-benaderrondes/projecteer-benaderrondes.message';
import { ProjecteerCasussen } from './commands/projecteer-casussen/projecteer-casussen';
import { ProjecteerCasussenMessage } from './commands/projecteer-casussen/projecteer-casussen.message';
import { ProjecteerProgrammadeelnames } from './commands/projecteer-programmadeelnames/projecteer-programmadeelnames';
import { ProjecteerProgrammadeelnamesMessage } from './commands/projecteer-programmadeelnames/projecteer-programmadeelnames.message';
import { RondesEnProgrammasRepository } from './database/rondes-en-programmas.repository';
import { TrajectcijfersRepository } from './database/trajectcijfers.repository';
import { LeesBenaderrondes } from './queries/benaderrondes/benaderrondes';
import { LeesBenaderrondesHttp } from './queries/benaderrondes/benaderrondes.http';
import { LeesEffectrapportage } from './queries/effectrapportage/effectrapportage';
import { LeesEffectrapportageHttp } from './queries/effectrapportage/effectrapportage.http';
import { LeesProgrammaresultaten } from './queries/programmaresultaten/programmaresultaten';
import { LeesProgrammaresultatenHttp } from './queries/programmaresultaten/programmaresultaten.http';

/**
 * trajectcijfers: trajecten's case events projected per case, its closed outreach rounds and programme participations;
 * the effectrapportage, the rounds and the programme results per RMC-regio.
 */
@Module({
  imports: [JikpModule],
  controllers: [
    ProjecteerCasussenMessage,
    ProjecteerBenaderrondesMessage,
    ProjecteerProgrammadeelnamesMessage,
    LeesEffectrapportageHttp,
    LeesBenaderrondesHttp,
    LeesProgrammaresultatenHttp,
  ],
  providers: [
    TrajectcijfersRepository,
    RondesEnProgrammasRepository,
    ProjecteerCasussen,
    ProjecteerBenaderrondes,
    ProjecteerProgrammadeelnames,
    LeesEffectrapportage,
    LeesBenaderrondes,
    LeesProgrammaresultaten,
  ],
  exports: [ProjecteerCasussen, TrajectcijfersRepository, LeesEffectrapportage, LeesBenaderrondes, LeesProgrammaresultaten],
})
export class TrajectcijfersModule {}
