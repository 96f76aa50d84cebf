import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { DeadlinesModule } from '../deadlines/deadlines.module';
import { KoppelingenModule } from '../koppelingen/koppelingen.module';
import { DienDossierIn } from './commands/dien-dossier-in/dien-dossier-in';
import { DienDossierInHttp } from './commands/dien-dossier-in/dien-dossier-in.http';
import { CsvBodyMiddleware } from '../shared/csv-body';
import { DossierImportRunner } from './commands/importeer-dossiers/dossier-import.runner';
import { ImporteerDossiers } from './commands/importeer-dossiers/importeer-dossiers';
import { ImporteerDossiersHttp } from './commands/importeer-dossiers/importeer-dossiers.http';
import { DossierImportsRepository } from './database/dossier-imports.repository';
import { DossiersRepository } from './database/dossiers.repository';
import { BekijkDossier } from './queries/dossier/dossier';
import { BekijkDossierHttp } from './queries/dossier/dossier.http';
import { BekijkDossierImport } from './queries/dossier-import/dossier-import';
import { BekijkDossierImportHttp } from './queries/dossier-import/dossier-import.http';
import { BeslisOverdracht } from './commands/beslis-overdracht/beslis-overdracht';
import { BeslisOverdrachtHttp } from './commands/beslis-overdracht/beslis-overdracht.http';
import { ZoekOverdrachten } from './queries/overdrachten/overdrachten';
import { ZoekOverdrachtenHttp } from './queries/overdrachten/overdrachten.http';

/**
 * Digitale doorstroomdossiers: submitted one by one, in bulk or as a CSV import; read by the school and the mbo; moved
 * to another school by a transfer request the holder or the RMC decides (ADR 0020).
 */
@Module({
  imports: [DeadlinesModule, KoppelingenModule],
  controllers: [DienDossierInHttp, ImporteerDossiersHttp, BekijkDossierImportHttp, ZoekOverdrachtenHttp, BeslisOverdrachtHttp, BekijkDossierHttp],
  providers: [
    DossiersRepository,
    DossierImportsRepository,
    DienDossierIn,
    ImporteerDossiers,
    DossierImportRunner,
    BekijkDossier,
    BekijkDossierImport,
    BeslisOverdracht,
    ZoekOverdrachten,
  ],
})
export class DossiersModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CsvBodyMiddleware).forRoutes({ path: 'dossiers/imports', method: RequestMethod.POST });
  }
}
