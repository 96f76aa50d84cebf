import { Module } from '@nestjs/common';
import { CasussenModule } from '../casussen/casussen.module';
import { RegistreerContactpoging } from './commands/registreer-contactpoging/registreer-contactpoging';
import { RegistreerContactpogingHttp } from './commands/registreer-contactpoging/registreer-contactpoging.http';
import { ContactenRepository } from './database/contacten.repository';
import { LeesContactpogingen } from './queries/contactpogingen/lees-contactpogingen';
import { LeesContactpogingenHttp } from './queries/contactpogingen/contactpogingen.http';

/** Outreach: contact attempts on a case (eropaf). Re-approach timers and outreach rounds are still to come. */
@Module({
  imports: [CasussenModule],
  controllers: [LeesContactpogingenHttp, RegistreerContactpogingHttp],
  providers: [ContactenRepository, RegistreerContactpoging, LeesContactpogingen],
})
export class ContactenModule {}
