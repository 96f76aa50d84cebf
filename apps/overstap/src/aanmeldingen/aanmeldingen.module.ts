import { Module } from '@nestjs/common';
import { RegistreerAanmeldingController } from './commands/registreer-aanmelding/registreer-aanmelding.controller';
import { RegistreerAanmeldingService } from './commands/registreer-aanmelding/registreer-aanmelding.service';
import { WijzigStatusController } from './commands/wijzig-status/wijzig-status.controller';
import { WijzigStatusService } from './commands/wijzig-status/wijzig-status.service';
import { AanmeldingenController } from './queries/aanmeldingen/aanmeldingen.controller';
import { AanmeldingenQuery } from './queries/aanmeldingen/aanmeldingen.query';

@Module({
  controllers: [RegistreerAanmeldingController, WijzigStatusController, AanmeldingenController],
  providers: [RegistreerAanmeldingService, WijzigStatusService, AanmeldingenQuery],
})
export class AanmeldingenModule {}
