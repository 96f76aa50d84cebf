import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ProgrammaDetailView } from '@sluitend/contracts';
import { Command } from '../../../shared/command';
import { ProgrammasRepository } from '../../database/programmas.repository';
import { eisProgrammaToegang } from '../../domain/programma-toegang';
import { programmaNietGevonden } from '../../domain/programmas.errors';
import { deelnameView, programmaView } from '../programmas/programma-view';

export type LeesProgrammaCommand = Command<{ rmcRegio: string; programmaId: string }>;

/** Use case: one programme of the region with its participants (case ids), running first, and its results. */
@Injectable()
export class LeesProgramma {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programmas: ProgrammasRepository,
  ) {}

  async execute({ input, actor }: LeesProgrammaCommand): Promise<ProgrammaDetailView> {
    eisProgrammaToegang(actor, input.rmcRegio, 'lezen');
    const programma = await this.programmas.vanId(this.dataSource, input.rmcRegio, input.programmaId);
    if (!programma) throw programmaNietGevonden();
    const deelnames = await this.programmas.deelnamesVan(this.dataSource, [programma.id]);
    return { ...programmaView(programma, deelnames), deelnames: deelnames.map(deelnameView) };
  }
}
