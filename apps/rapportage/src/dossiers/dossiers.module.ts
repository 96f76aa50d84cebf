import { Module } from '@nestjs/common';
import { TabellenboekModule } from '../tabellenboek/tabellenboek.module';
import { VsvModule } from '../vsv/vsv.module';
import { ProjecteerDossier } from './commands/projecteer-dossier/projecteer-dossier';
import { ProjecteerDossierMessage } from './commands/projecteer-dossier/projecteer-dossier.message';
import { DossiersRepository } from './database/dossiers.repository';
import { TelDossiers } from './queries/dossier-tellingen/dossier-tellingen';
import { TelDossiersHttp } from './queries/dossier-tellingen/dossier-tellingen.http';

/** dossiers: overstap's submitted dossiers projected into a read model, and the counts over it. */
@Module({
  imports: [TabellenboekModule, VsvModule],
  controllers: [ProjecteerDossierMessage, TelDossiersHttp],
  providers: [DossiersRepository, ProjecteerDossier, TelDossiers],
})
export class DossiersModule {}
