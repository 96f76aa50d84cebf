import { Module } from '@nestjs/common';
import { CasussenModule } from '../casussen/casussen.module';
import { OverdrachtenModule } from '../overdrachten/overdrachten.module';
import { ScreeningModule } from '../screening/screening.module';
import { RegistreerAdvies } from './commands/registreer-advies/registreer-advies';
import { RegistreerAdviesHttp } from './commands/registreer-advies/registreer-advies.http';
import { NetwerkoverlegRepository } from './database/netwerkoverleg.repository';
import { LeesNetwerkoverlegLijst } from './queries/lijst/lees-netwerkoverleg-lijst';
import { LeesNetwerkoverlegLijstHttp } from './queries/lijst/netwerkoverleg-lijst.http';

/** The netwerkoverleg: the list for a meeting with a triage proposal, and the advice and assignment per case. */
@Module({
  imports: [CasussenModule, ScreeningModule, OverdrachtenModule],
  controllers: [LeesNetwerkoverlegLijstHttp, RegistreerAdviesHttp],
  providers: [NetwerkoverlegRepository, RegistreerAdvies, LeesNetwerkoverlegLijst],
})
export class NetwerkoverlegModule {}
