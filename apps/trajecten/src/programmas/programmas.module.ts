import { Module } from '@nestjs/common';
import { CasussenModule } from '../casussen/casussen.module';
import { BeeindigProgramma } from './commands/beeindig-programma/beeindig-programma';
import { BeeindigProgrammaHttp } from './commands/beeindig-programma/beeindig-programma.http';
import { MaakProgramma } from './commands/maak-programma/maak-programma';
import { MaakProgrammaHttp } from './commands/maak-programma/maak-programma.http';
import { MeldAanProgramma } from './commands/meld-aan-programma/meld-aan-programma';
import { MeldAanProgrammaHttp } from './commands/meld-aan-programma/meld-aan-programma.http';
import { MeldAfProgramma } from './commands/meld-af-programma/meld-af-programma';
import { MeldAfProgrammaHttp } from './commands/meld-af-programma/meld-af-programma.http';
import { ProgrammasRepository } from './database/programmas.repository';
import { LeesProgramma } from './queries/programma/lees-programma';
import { LeesProgrammaHttp } from './queries/programma/programma.http';
import { LeesProgrammas } from './queries/programmas/lees-programmas';
import { LeesProgrammasHttp } from './queries/programmas/programmas.http';

/** A region's programmes (a job-application club, an orientation course …): started and ended by the coordinator, cases join and leave with a result. */
@Module({
  imports: [CasussenModule],
  controllers: [LeesProgrammasHttp, MaakProgrammaHttp, LeesProgrammaHttp, BeeindigProgrammaHttp, MeldAanProgrammaHttp, MeldAfProgrammaHttp],
  providers: [ProgrammasRepository, LeesProgrammas, MaakProgramma, LeesProgramma, BeeindigProgramma, MeldAanProgramma, MeldAfProgramma],
  exports: [ProgrammasRepository],
})
export class ProgrammasModule {}
