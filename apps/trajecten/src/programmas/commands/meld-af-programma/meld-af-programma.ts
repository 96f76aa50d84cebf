import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { DeelnameView, MeldAfProgrammaInvoer } from '@sluitend/contracts';
import { Clock, CLOCK, localDateOf } from '@sluitend/domain-nl';
import { NewEvent, OutboxWriter } from '@sluitend/messaging';
import { CasussenRepository } from '../../../casussen/database/casussen.repository';
import { eisRegioToegang } from '../../../casussen/domain/casus-feiten';
import { casusNietGevonden } from '../../../casussen/domain/casussen.errors';
import { Command } from '../../../shared/command';
import { ProgrammasRepository } from '../../database/programmas.repository';
import { meldAf } from '../../domain/deelname';
import { eisProgrammaToegang } from '../../domain/programma-toegang';
import { deelnameNietGevonden, programmaNietGevonden } from '../../domain/programmas.errors';
import { deelnameView } from '../../queries/programmas/programma-view';

export type MeldAfProgrammaCommand = Command<{ rmcRegio: string; programmaId: string; casusId: string } & MeldAfProgrammaInvoer>;

/**
 * Use case: a participant leaves a programme on a date (default today) with a result — once (`programma.al-afgemeld`,
 * 409), not before joining. Also for a case closed meanwhile. A history line on the case;
 * trajecten.programma.deelname-beeindigd with the result (never the explanation).
 */
@Injectable()
export class MeldAfProgramma {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programmas: ProgrammasRepository,
    private readonly casussen: CasussenRepository,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: MeldAfProgrammaCommand): Promise<DeelnameView> {
    eisProgrammaToegang(command.actor, command.input.rmcRegio, 'deelname');
    return this.dataSource.transaction((manager) => this.meldAf(manager, command));
  }

  private async meldAf(manager: EntityManager, { input, actor, correlationId }: MeldAfProgrammaCommand): Promise<DeelnameView> {
    const programma = await this.programmas.vanId(manager, input.rmcRegio, input.programmaId);
    if (!programma) throw programmaNietGevonden();
    const casus = await this.casussen.vanId(manager, input.casusId);
    if (!casus) throw casusNietGevonden();
    eisRegioToegang(actor, casus, 'wijzigen');
    const deelname = await this.programmas.laatsteDeelname(manager, programma.id, casus.id);
    if (!deelname) throw deelnameNietGevonden();
    const now = this.clock.now();
    const na = meldAf(deelname, input.datum ?? localDateOf(now), input.resultaat);
    const opgeslagen = await this.programmas.meldAf(manager, deelname.id, na, input.toelichting || undefined, actor.sub, now);
    await this.casussen.voegHistorieToe(manager, [
      {
        casusId: casus.id,
        actie: 'programma-afgemeld',
        vanStatus: null,
        naarStatus: null,
        door: actor.sub,
        op: now,
        toelichting: `${programma.naam}: ${na.resultaat} op ${na.afgemeldOp}`,
      },
    ]);
    await this.outbox.append(manager, [
      {
        jongereId: casus.jongereId,
        aggregateId: casus.id,
        context: { rmcRegio: casus.rmcRegio },
        correlationId,
        type: 'trajecten.programma.deelname-beeindigd',
        payload: {
          programmaId: programma.id,
          casusId: casus.id,
          rmcRegio: casus.rmcRegio,
          aangemeldOp: opgeslagen.aangemeldOp,
          afgemeldOp: opgeslagen.afgemeldOp as string,
          resultaat: na.resultaat as NonNullable<typeof na.resultaat>,
        },
      } satisfies NewEvent<'trajecten.programma.deelname-beeindigd'>,
    ]);
    return deelnameView(opgeslagen);
  }
}
