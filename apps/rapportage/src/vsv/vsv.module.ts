import { Module } from '@nestjs/common';
import { ProjecteerVsv } from './commands/projecteer-vsv/projecteer-vsv';
import { VsvRepository } from './database/vsv.repository';
import { LeesVsvcijfers } from './queries/vsvcijfers/vsvcijfers';
import { LeesVsvcijfersHttp } from './queries/vsvcijfers/vsvcijfers.http';

/**
 * vsv: overstap's inschrijving and dossier events projected for statistical VSV (the tabellenboek's and dossiers'
 * adapters hand them to ProjecteerVsv, one handler per event type), and VSV per region, gemeente, school and level.
 */
@Module({
  controllers: [LeesVsvcijfersHttp],
  providers: [VsvRepository, ProjecteerVsv, LeesVsvcijfers],
  exports: [ProjecteerVsv],
})
export class VsvModule {}
