import { Module } from '@nestjs/common';
import { JikpModule } from '../jikp/jikp.module';
import { ProjecteerCasussen } from './commands/projecteer-casussen/projecteer-casussen';
import { ProjecteerCasussenMessage } from './commands/projecteer-casussen/projecteer-casussen.message';
import { TrajectcijfersRepository } from './database/trajectcijfers.repository';
import { LeesEffectrapportage } from './queries/effectrapportage/effectrapportage';
import { LeesEffectrapportageHttp } from './queries/effectrapportage/effectrapportage.http';

/** trajectcijfers: trajecten's case events projected per case, the effectrapportage per RMC-regio. */
@Module({
  imports: [JikpModule],
  controllers: [ProjecteerCasussenMessage, LeesEffectrapportageHttp],
  providers: [TrajectcijfersRepository, ProjecteerCasussen, LeesEffectrapportage],
  exports: [ProjecteerCasussen, TrajectcijfersRepository, LeesEffectrapportage],
})
export class TrajectcijfersModule {}
