import { KoppelingenModule } from '../koppelingen/koppelingen.module';
import { Module } from '@nestjs/common';
import { DeadlinesModule } from '../deadlines/deadlines.module';
import { RouteringModule } from '../routering/routering.module';
import { SignalenModule } from '../signalen/signalen.module';
import { RegistreerAanmelding } from './commands/registreer-aanmelding/registreer-aanmelding';
import { RegistreerAanmeldingHttp } from './commands/registreer-aanmelding/registreer-aanmelding.http';
import { WijzigAanmeldingStatus } from './commands/wijzig-aanmelding-status/wijzig-aanmelding-status';
import { WijzigAanmeldingStatusHttp } from './commands/wijzig-aanmelding-status/wijzig-aanmelding-status.http';
import { AanmeldingenRepository } from './database/aanmeldingen.repository';
import { ZoekAanmeldingen } from './queries/aanmeldingen/aanmeldingen';
import { ZoekAanmeldingenHttp } from './queries/aanmeldingen/aanmeldingen.http';

/** Aanmeldingen at mbo institutions: registered, moved through their statuses, listed for school, mbo and RMC. */
@Module({
  imports: [RouteringModule, SignalenModule, DeadlinesModule, KoppelingenModule],
  controllers: [RegistreerAanmeldingHttp, WijzigAanmeldingStatusHttp, ZoekAanmeldingenHttp],
  providers: [AanmeldingenRepository, RegistreerAanmelding, WijzigAanmeldingStatus, ZoekAanmeldingen],
})
export class AanmeldingenModule {}
