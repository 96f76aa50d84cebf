import { Module } from '@nestjs/common';
import { DossierIngediendHandler } from './projections/dossier-ingediend.handler';
import { DossierTellingenController } from './queries/dossier-tellingen/dossier-tellingen.controller';
import { DossierTellingenService } from './queries/dossier-tellingen/dossier-tellingen.service';

@Module({
  controllers: [DossierIngediendHandler, DossierTellingenController],
  providers: [DossierTellingenService],
})
export class DossiersModule {}
