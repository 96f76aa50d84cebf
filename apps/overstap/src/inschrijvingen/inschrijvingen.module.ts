import { Module } from '@nestjs/common';
import { InschrijvingenController } from './commands/inschrijvingen.controller';
import { MeldBsaService } from './commands/meld-bsa/meld-bsa.service';
import { MeldSwitchService } from './commands/meld-switch/meld-switch.service';
import { MeldUitschrijvingService } from './commands/meld-uitschrijving/meld-uitschrijving.service';
import { RegistreerInschrijvingService } from './commands/registreer-inschrijving/registreer-inschrijving.service';

@Module({
  controllers: [InschrijvingenController],
  providers: [RegistreerInschrijvingService, MeldUitschrijvingService, MeldSwitchService, MeldBsaService],
})
export class InschrijvingenModule {}
