import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CaseloadOverzichtView, ZetCaseloadTeamInvoer } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { Command } from '../../../shared/command';
import { eisRegioBeheer } from '../../../toegang/domain/casus-toegang';
import { CaseloadRepository } from '../../database/caseload.repository';
import { stelCaseloadNormenVast } from '../../domain/caseload-norm';
import { LeesCaseload } from '../../queries/caseload/lees-caseload';

export type ZetCaseloadTeamCommand = Command<{ rmcRegio: string } & ZetCaseloadTeamInvoer>;

/** Use case: the coordinator sets the region's team (kind and fte per casusregisseur) and, optionally, its norms; answers the overview. */
@Injectable()
export class ZetCaseloadTeam {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caseload: CaseloadRepository,
    private readonly leesCaseload: LeesCaseload,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: ZetCaseloadTeamCommand): Promise<CaseloadOverzichtView> {
    const { input, actor } = command;
    eisRegioBeheer(actor, input.rmcRegio);
    const normen = { ...(input.normen ?? {}) };
    stelCaseloadNormenVast(normen);
    await this.dataSource.transaction((manager) => this.caseload.vervang(manager, input.rmcRegio, input.team, normen, actor.sub, this.clock.now()));
    return this.leesCaseload.execute({ ...command, input: { rmcRegio: input.rmcRegio } });
  }
}
