import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { DienDossierInController } from './commands/dien-dossier-in/dien-dossier-in.controller';
import { DienDossierInService } from './commands/dien-dossier-in/dien-dossier-in.service';
import { CsvBodyMiddleware } from './commands/importeer-dossiers/csv-body.middleware';
import { DossierImportJobs } from './commands/importeer-dossiers/dossier-import.jobs';
import { DossierImportRunner } from './commands/importeer-dossiers/dossier-import.runner';
import { ImporteerDossiersController } from './commands/importeer-dossiers/importeer-dossiers.controller';
import { ImporteerDossiersService } from './commands/importeer-dossiers/importeer-dossiers.service';
import { DossierRepository } from './dossier.repository';
import { DossierInzienController } from './queries/dossier-inzien/dossier-inzien.controller';
import { DossierInzienService } from './queries/dossier-inzien/dossier-inzien.service';

@Module({
  controllers: [DienDossierInController, ImporteerDossiersController, DossierInzienController],
  providers: [DienDossierInService, DossierRepository, ImporteerDossiersService, DossierImportJobs, DossierImportRunner, DossierInzienService],
})
export class DossiersModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CsvBodyMiddleware).forRoutes({ path: 'dossiers/imports', method: RequestMethod.POST });
  }
}
