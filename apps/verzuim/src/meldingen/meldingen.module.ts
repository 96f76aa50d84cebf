import { Module } from '@nestjs/common';
import { LeerlingenModule } from '../leerlingen/leerlingen.module';
import { DoeMelding } from './commands/doe-melding/doe-melding';
import { DoeMeldingHttp } from './commands/doe-melding/doe-melding.http';
import { LegMeldingenVast } from './commands/leg-meldingen-vast/leg-meldingen-vast';
import { MeldingenRepository } from './database/meldingen.repository';
import { MeldingenHttp } from './queries/meldingen/meldingen.http';
import { ZoekMeldingen } from './queries/meldingen/zoek-meldingen';

/** meldingen: verzuimmeldingen filed by the rules or by hand, their signals, and who may read them. */
@Module({
  imports: [LeerlingenModule],
  controllers: [DoeMeldingHttp, MeldingenHttp],
  providers: [MeldingenRepository, LegMeldingenVast, DoeMelding, ZoekMeldingen],
  exports: [MeldingenRepository, LegMeldingenVast],
})
export class MeldingenModule {}
