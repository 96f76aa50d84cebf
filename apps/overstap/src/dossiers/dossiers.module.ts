import { Module } from '@nestjs/common';
import { DienDossierInController } from './commands/dien-dossier-in/dien-dossier-in.controller';
import { DienDossierInService } from './commands/dien-dossier-in/dien-dossier-in.service';

@Module({
  controllers: [DienDossierInController],
  providers: [DienDossierInService],
})
export class DossiersModule {}
