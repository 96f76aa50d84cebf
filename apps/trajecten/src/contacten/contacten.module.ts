import { Module } from '@nestjs/common';
import { CasussenModule } from '../casussen/casussen.module';
import { PlanHeraanpak } from './commands/plan-heraanpak/plan-heraanpak';
import { PlanHeraanpakMessage } from './commands/plan-heraanpak/plan-heraanpak.message';
import { RegistreerContactpoging } from './commands/registreer-contactpoging/registreer-contactpoging';
import { RegistreerContactpogingHttp } from './commands/registreer-contactpoging/registreer-contactpoging.http';
import { ContactenRepository } from './database/contacten.repository';
import { HeraanpakRepository } from './database/heraanpak.repository';
import { HeraanpakJob } from './jobs/heraanpak.job';
import { LeesContactpogingen } from './queries/contactpogingen/lees-contactpogingen';
import { LeesContactpogingenHttp } from './queries/contactpogingen/contactpogingen.http';

/** Outreach: contact attempts on a case (eropaf) and re-approach after a decline or no reach. Outreach rounds are still to come. */
@Module({
  imports: [CasussenModule],
  controllers: [LeesContactpogingenHttp, RegistreerContactpogingHttp, PlanHeraanpakMessage],
  providers: [ContactenRepository, HeraanpakRepository, RegistreerContactpoging, LeesContactpogingen, PlanHeraanpak, HeraanpakJob],
})
export class ContactenModule {}
