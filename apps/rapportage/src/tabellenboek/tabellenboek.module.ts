import { Module } from '@nestjs/common';
import { ProjecteerOverstap } from './commands/projecteer-overstap/projecteer-overstap';
import { ProjecteerOverstapMessage } from './commands/projecteer-overstap/projecteer-overstap.message';
import { TabellenboekRepository } from './database/tabellenboek.repository';

/** tabellenboek: overstap's events projected per student, the tabellenboek per VO school and the signal counts. */
@Module({
  controllers: [ProjecteerOverstapMessage],
  providers: [TabellenboekRepository, ProjecteerOverstap],
  exports: [ProjecteerOverstap],
})
export class TabellenboekModule {}
