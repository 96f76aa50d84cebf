import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { BeeindigProgrammaInvoer, ProgrammaView } from '@sluitend/contracts';
import { Clock, CLOCK, localDateOf } from '@sluitend/domain-nl';
import { Command } from '../../../shared/command';
import { ProgrammasRepository } from '../../database/programmas.repository';
import { beeindigProgramma } from '../../domain/beeindiging';
import { eisProgrammaToegang } from '../../domain/programma-toegang';
import { programmaNietGevonden } from '../../domain/programmas.errors';
import { programmaView } from '../../queries/programmas/programma-view';

export type BeeindigProgrammaCommand = Command<{ rmcRegio: string; programmaId: string } & BeeindigProgrammaInvoer>;

/**
 * Use case: the coordinator ends a programme on a date (default today): no one joins after it; participants still in
 * it leave later with their result. The programme row is locked, so no join slips in meanwhile.
 */
@Injectable()
export class BeeindigProgramma {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programmas: ProgrammasRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: BeeindigProgrammaCommand): Promise<ProgrammaView> {
    eisProgrammaToegang(command.actor, command.input.rmcRegio, 'beheer');
    return this.dataSource.transaction((manager) => this.beeindig(manager, command));
  }

  private async beeindig(manager: EntityManager, { input }: BeeindigProgrammaCommand): Promise<ProgrammaView> {
    const programma = await this.programmas.vanId(manager, input.rmcRegio, input.programmaId, true);
    if (!programma) throw programmaNietGevonden();
    const deelnames = await this.programmas.deelnamesVan(manager, [programma.id]);
    const beeindigd = beeindigProgramma(programma, input.einddatum ?? localDateOf(this.clock.now()), deelnames);
    const opgeslagen = await this.programmas.zetEinddatum(manager, programma.id, beeindigd.einddatum as string);
    return programmaView(opgeslagen, deelnames);
  }
}
