import { Module } from '@nestjs/common';
import { LegRondeResultaatVast } from './commands/leg-ronde-resultaat-vast/leg-ronde-resultaat-vast';
import { LegRondeResultaatVastHttp } from './commands/leg-ronde-resultaat-vast/leg-ronde-resultaat-vast.http';
import { SluitBenaderrondeAf } from './commands/sluit-benaderronde-af/sluit-benaderronde-af';
import { SluitBenaderrondeAfHttp } from './commands/sluit-benaderronde-af/sluit-benaderronde-af.http';
import { StartBenaderronde } from './commands/start-benaderronde/start-benaderronde';
import { StartBenaderrondeHttp } from './commands/start-benaderronde/start-benaderronde.http';
import { BenaderrondesRepository } from './database/benaderrondes.repository';
import { LeesBenaderronde } from './queries/benaderronde/lees-benaderronde';
import { LeesBenaderrondeHttp } from './queries/benaderronde/benaderronde.http';
import { LeesBenaderrondes } from './queries/benaderrondes/lees-benaderrondes';
import { LeesBenaderrondesHttp } from './queries/benaderrondes/benaderrondes.http';

/** A region's outreach rounds over a DUO list or chosen cases: per young person the round's result, totals per round (rules in contacten/domain/benaderronde.ts). */
@Module({
  controllers: [LeesBenaderrondesHttp, StartBenaderrondeHttp, LeesBenaderrondeHttp, LegRondeResultaatVastHttp, SluitBenaderrondeAfHttp],
  providers: [BenaderrondesRepository, LeesBenaderrondes, StartBenaderronde, LeesBenaderronde, LegRondeResultaatVast, SluitBenaderrondeAf],
  exports: [BenaderrondesRepository],
})
export class BenaderrondesModule {}
