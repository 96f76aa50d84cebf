import { Module } from '@nestjs/common';
import { DienDossierInController } from './commands/dien-dossier-in/dien-dossier-in.controller';
import { DienDossierInService } from './commands/dien-dossier-in/dien-dossier-in.service';
import { DossierRepository } from './dossier.repository';

@Module({
  controllers: [DienDossierInController],
  providers: [DienDossierInService, DossierRepository],
})
export class DossiersModule {}
