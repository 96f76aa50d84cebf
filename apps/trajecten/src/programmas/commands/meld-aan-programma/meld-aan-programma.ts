import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { DeelnameView, MeldAanProgrammaInvoer } from '@sluitend/contracts';
import { Clock, CLOCK, localDateOf } from '@sluitend/domain-nl';
import { NewEvent, OutboxWriter } from '@sluitend/messaging';
import { CasussenRepository } from '../../../casussen/database/casussen.repository';
import { eisRegioToegang } from '../../../casussen/domain/casus-feiten';
import { isOpen } from '../../../casussen/domain/casus-status';
import { casusNietGevonden } from '../../../casussen/domain/casussen.errors';
import { Command } from '../../../shared/command';
import { ProgrammasRepository } from '../../database/programmas.repository';
import { meldAan } from '../../domain/deelname';
import { eisProgrammaToegang } from '../../domain/programma-toegang';
import { programmaNietGevonden } from '../../domain/programmas.errors';
import { deelnameView } from '../../queries/programmas/programma-view';

export type MeldAanProgrammaCommand = Command<{ rmcRegio: string; programmaId: string } & MeldAanProgrammaInvoer>;

/**
 * Use case: an open case of the region joins one of its programmes on a date (default today), as the domain allows —
 * the programme runs, a place is free, the case is not in it already (409s). The programme row is locked, so two
 * joins for the last place do not both get it. A history line on the case; trajecten.programma.deelname-gestart.
 */
@Injectable()
export class MeldAanProgramma {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programmas: ProgrammasRepository,
    private readonly casussen: CasussenRepository,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: MeldAanProgrammaCommand): Promise<DeelnameView> {
    eisProgrammaToegang(command.actor, command.input.rmcRegio, 'deelname');
    return this.dataSource.transaction((manager) => this.meldAan(manager, command));
  }

  private async meldAan(manager: EntityManager, { input, actor, correlationId }: MeldAanProgrammaCommand): Promise<DeelnameView> {
    const programma = await this.programmas.vanId(manager, input.rmcRegio, input.programmaId, true);
    if (!programma) throw programmaNietGevonden();
    const casus = await this.casussen.vanId(manager, input.casusId, true);
    if (!casus) throw casusNietGevonden();
    eisRegioToegang(actor, casus, 'wijzigen');
    const now = this.clock.now();
    const deelnames = await this.programmas.deelnamesVan(manager, [programma.id]);
    const deelname = meldAan(
      programma,
      { casusId: casus.id, rmcRegio: casus.rmcRegio, open: isOpen(casus.status) },
      deelnames,
      input.datum ?? localDateOf(now),
    );
    const opgeslagen = await this.programmas.meldAan(manager, randomUUID(), deelname, actor.sub, now);
    await this.casussen.voegHistorieToe(manager, [
      {
        casusId: casus.id,
        actie: 'programma-aangemeld',
        vanStatus: null,
        naarStatus: null,
        door: actor.sub,
        op: now,
        toelichting: `${programma.naam} vanaf ${deelname.aangemeldOp}`,
      },
    ]);
    await this.outbox.append(manager, [
      {
        jongereId: casus.jongereId,
        aggregateId: casus.id,
        context: { rmcRegio: casus.rmcRegio },
        correlationId,
        type: 'trajecten.programma.deelname-gestart',
        payload: { programmaId: programma.id, casusId: casus.id, rmcRegio: casus.rmcRegio, aangemeldOp: opgeslagen.aangemeldOp },
      } satisfies NewEvent<'trajecten.programma.deelname-gestart'>,
    ]);
    return deelnameView(opgeslagen);
  }
}
