import { Module } from '@nestjs/common';
import { ProjecteerMeldingen } from './commands/projecteer-meldingen/projecteer-meldingen';
import { ProjecteerMeldingenMessage } from './commands/projecteer-meldingen/projecteer-meldingen.message';
import { ProjecteerZiekteverzuim } from './commands/projecteer-ziekteverzuim/projecteer-ziekteverzuim';
import { ProjecteerZiekteverzuimMessage } from './commands/projecteer-ziekteverzuim/projecteer-ziekteverzuim.message';
import { VerzuimcijfersRepository } from './database/verzuimcijfers.repository';
import { ZiekteverzuimRepository } from './database/ziekteverzuim.repository';
import { LeesVerzuimcijfers } from './queries/verzuimcijfers/verzuimcijfers';
import { LeesVerzuimcijfersHttp } from './queries/verzuimcijfers/verzuimcijfers.http';
import { LeesZiekteverzuimcijfers } from './queries/ziekteverzuimcijfers/ziekteverzuimcijfers';
import { LeesZiekteverzuimcijfersHttp } from './queries/ziekteverzuimcijfers/ziekteverzuimcijfers.http';

/**
 * verzuimcijfers: verzuim's melding events projected per melding (meldingen per kind, status, gemeente and school,
 * time to handling) and its M@ZL events per signal (zorgwekkend ziekteverzuim per school and woongemeente × grond).
 */
@Module({
  controllers: [ProjecteerMeldingenMessage, ProjecteerZiekteverzuimMessage, LeesVerzuimcijfersHttp, LeesZiekteverzuimcijfersHttp],
  providers: [
    VerzuimcijfersRepository,
    ZiekteverzuimRepository,
    ProjecteerMeldingen,
    ProjecteerZiekteverzuim,
    LeesVerzuimcijfers,
    LeesZiekteverzuimcijfers,
  ],
  exports: [ProjecteerMeldingen, ProjecteerZiekteverzuim],
})
export class VerzuimcijfersModule {}
