import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MaakProgrammaInvoer, ProgrammaView } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { Command } from '../../../shared/command';
import { ProgrammasRepository } from '../../database/programmas.repository';
import { valideerProgramma } from '../../domain/programma';
import { eisProgrammaToegang } from '../../domain/programma-toegang';
import { programmaView } from '../../queries/programmas/programma-view';

export type MaakProgrammaCommand = Command<{ rmcRegio: string } & MaakProgrammaInvoer>;

/** Use case: the region's RMC coordinator starts a programme (a name, a period, a capacity or none). */
@Injectable()
export class MaakProgramma {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programmas: ProgrammasRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor }: MaakProgrammaCommand): Promise<ProgrammaView> {
    eisProgrammaToegang(actor, input.rmcRegio, 'beheer');
    const programma = valideerProgramma({
      id: randomUUID(),
      rmcRegio: input.rmcRegio,
      naam: input.naam,
      ...(input.capaciteit !== undefined ? { capaciteit: input.capaciteit } : {}),
      startdatum: input.startdatum,
      ...(input.einddatum !== undefined ? { einddatum: input.einddatum } : {}),
    });
    const opgeslagen = await this.programmas.voegToe(this.dataSource, programma, actor.sub, this.clock.now());
    return programmaView(opgeslagen, []);
  }
}
