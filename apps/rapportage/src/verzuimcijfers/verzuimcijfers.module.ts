import { Module } from '@nestjs/common';
import { ProjecteerMeldingen } from './commands/projecteer-meldingen/projecteer-meldingen';
import { ProjecteerMeldingenMessage } from './commands/projecteer-meldingen/projecteer-meldingen.message';
import { VerzuimcijfersRepository } from './database/verzuimcijfers.repository';
import { LeesVerzuimcijfers } from './queries/verzuimcijfers/verzuimcijfers';
import { LeesVerzuimcijfersHttp } from './queries/verzuimcijfers/verzuimcijfers.http';

/** verzuimcijfers: verzuim's melding events projected per melding; meldingen per kind, status, gemeente and school. */
@Module({
  controllers: [ProjecteerMeldingenMessage, LeesVerzuimcijfersHttp],
  providers: [VerzuimcijfersRepository, ProjecteerMeldingen, LeesVerzuimcijfers],
  exports: [ProjecteerMeldingen],
})
export class VerzuimcijfersModule {}
