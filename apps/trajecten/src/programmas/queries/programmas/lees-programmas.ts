import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ProgrammasView } from '@sluitend/contracts';
import { Clock, CLOCK, localDateOf } from '@sluitend/domain-nl';
import { Command } from '../../../shared/command';
import { ProgrammasRepository } from '../../database/programmas.repository';
import { eisProgrammaToegang } from '../../domain/programma-toegang';
import { programmaView } from './programma-view';

export type LeesProgrammasCommand = Command<{ rmcRegio: string }>;

/** Use case: the region's programmes, running first, each with its participants and results. For the region's RMC staff. */
@Injectable()
export class LeesProgrammas {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programmas: ProgrammasRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor }: LeesProgrammasCommand): Promise<ProgrammasView> {
    eisProgrammaToegang(actor, input.rmcRegio, 'lezen');
    const programmas = await this.programmas.vanRegio(this.dataSource, input.rmcRegio, localDateOf(this.clock.now()));
    const deelnames = await this.programmas.deelnamesVan(
      this.dataSource,
      programmas.map((p) => p.id),
    );
    return {
      rmcRegio: input.rmcRegio,
      programmas: programmas.map((p) =>
        programmaView(
          p,
          deelnames.filter((d) => d.programmaId === p.id),
        ),
      ),
    };
  }
}
