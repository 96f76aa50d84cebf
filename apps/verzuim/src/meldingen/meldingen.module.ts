import { Module } from '@nestjs/common';
import { LeerlingenModule } from '../leerlingen/leerlingen.module';
import { DoeMelding } from './commands/doe-melding/doe-melding';
import { DoeMeldingHttp } from './commands/doe-melding/doe-melding.http';
import { LegMeldingenVast } from './commands/leg-meldingen-vast/leg-meldingen-vast';
import { MeldingenRepository } from './database/meldingen.repository';
import { ZetMeldingStap } from './commands/zet-melding-stap/zet-melding-stap';
import { ZetMeldingStapHttp } from './commands/zet-melding-stap/zet-melding-stap.http';
import { LeesMelding } from './queries/melding/lees-melding';
import { MeldingHttp } from './queries/melding/melding.http';
import { MeldingenHttp } from './queries/meldingen/meldingen.http';
import { ZoekMeldingen } from './queries/meldingen/zoek-meldingen';

/** meldingen: verzuimmeldingen filed by the rules or by hand, their signals, their lifecycle and MAS, and who may read them. */
@Module({
  imports: [LeerlingenModule],
  controllers: [DoeMeldingHttp, MeldingenHttp, MeldingHttp, ZetMeldingStapHttp],
  providers: [MeldingenRepository, LegMeldingenVast, DoeMelding, ZoekMeldingen, LeesMelding, ZetMeldingStap],
  exports: [MeldingenRepository, LegMeldingenVast],
})
export class MeldingenModule {}
