import { KoppelingenModule } from '../koppelingen/koppelingen.module';
import { Module } from '@nestjs/common';
import { DeadlinesModule } from '../deadlines/deadlines.module';
import { RouteringModule } from '../routering/routering.module';
import { SignalenModule } from '../signalen/signalen.module';
import { MeldBsa } from './commands/meld-bsa/meld-bsa';
import { MeldBsaHttp } from './commands/meld-bsa/meld-bsa.http';
import { MeldSwitch } from './commands/meld-switch/meld-switch';
import { MeldSwitchHttp } from './commands/meld-switch/meld-switch.http';
import { MeldUitschrijving } from './commands/meld-uitschrijving/meld-uitschrijving';
import { MeldUitschrijvingHttp } from './commands/meld-uitschrijving/meld-uitschrijving.http';
import { RegistreerInschrijving } from './commands/registreer-inschrijving/registreer-inschrijving';
import { RegistreerInschrijvingHttp } from './commands/registreer-inschrijving/registreer-inschrijving.http';
import { SchrijfIn } from './commands/registreer-inschrijving/schrijf-in';
import { InschrijvingenRepository } from './database/inschrijvingen.repository';

/** Inschrijvingen at the mbo and what ends them: uitschrijving (with its signal and re-enrolment window), switch, BSA. */
@Module({
  imports: [DeadlinesModule, RouteringModule, SignalenModule, KoppelingenModule],
  controllers: [RegistreerInschrijvingHttp, MeldUitschrijvingHttp, MeldSwitchHttp, MeldBsaHttp],
  providers: [InschrijvingenRepository, SchrijfIn, RegistreerInschrijving, MeldUitschrijving, MeldSwitch, MeldBsa],
})
export class InschrijvingenModule {}
