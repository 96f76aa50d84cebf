import { Inject, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { RetentionPolicies } from '@sluitend/platform';
import { RAPPORTAGE_ENV, RapportageEnv } from '../config/rapportage-env';
import { TabellenboekModule } from '../tabellenboek/tabellenboek.module';
import { TrajectcijfersModule } from '../trajectcijfers/trajectcijfers.module';
import { GenereerRapporten } from './commands/genereer-rapporten/genereer-rapporten';
import { DocumentenRepository } from './database/documenten.repository';
import { GenereerRapportenJob } from './jobs/genereer-rapporten.job';
import { LeesDocument, ZoekDocumenten } from './queries/documenten/documenten';
import { DocumentenHttp } from './queries/documenten/documenten.http';

/** Generated documents are figures, not personal data: kept BEWAARTERMIJN_DOCUMENTEN (default ten years, ADR 0017). */
@Injectable()
export class DocumentenBewaartermijn implements OnModuleInit {
  constructor(
    private readonly retention: RetentionPolicies,
    @Inject(RAPPORTAGE_ENV) private readonly env: RapportageEnv,
  ) {}

  onModuleInit(): void {
    this.retention.add({ name: 'rapportdocument', table: 'rapportdocument', column: 'gegenereerd_op', keepForMs: this.env.BEWAARTERMIJN_DOCUMENTEN });
  }
}

/** documenten: the yearly tabellenboek per school and effectrapportage per region, generated on schedule and served. */
@Module({
  imports: [TabellenboekModule, TrajectcijfersModule],
  controllers: [DocumentenHttp],
  providers: [DocumentenRepository, GenereerRapporten, GenereerRapportenJob, ZoekDocumenten, LeesDocument, DocumentenBewaartermijn],
})
export class DocumentenModule {}
