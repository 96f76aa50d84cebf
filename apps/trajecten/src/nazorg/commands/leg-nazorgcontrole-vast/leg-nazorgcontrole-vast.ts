import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { LegNazorgcontroleVastInvoer, NazorgcontroleView } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { NewEvent, OutboxWriter } from '@sluitend/messaging';
import { CasussenRepository } from '../../../casussen/database/casussen.repository';
import { eisRegioToegang } from '../../../casussen/domain/casus-feiten';
import { casusNietGevonden } from '../../../casussen/domain/casussen.errors';
import { Command } from '../../../shared/command';
import { eisNazorgcontroleVastleggen } from '../../../uitkomsten/domain/nazorg';
import { NazorgRepository } from '../../database/nazorg.repository';
import { nazorgcontroleView } from '../../queries/nazorgcontroles/nazorgcontrole-view';

export type LegNazorgcontroleVastCommand = Command<{ casusId: string } & LegNazorgcontroleVastInvoer>;

/**
 * Use case: the result of a case's nazorg check (place held, dropped out, not reached), once it fell due
 * (`nazorg.niet-aan-de-beurt`, 409 — also for a case that has no check) and once (`nazorg.al-vastgelegd`, 409). For
 * the region's RMC staff, also on a closed case. A history line; trajecten.casus.nazorgcontrole-vastgelegd.
 */
@Injectable()
export class LegNazorgcontroleVast {
  constructor(
    private readonly dataSource: DataSource,
    private readonly casussen: CasussenRepository,
    private readonly nazorg: NazorgRepository,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: LegNazorgcontroleVastCommand): Promise<NazorgcontroleView> {
    return this.dataSource.transaction((manager) => this.legVast(manager, command));
  }

  private async legVast(manager: EntityManager, { input, actor, correlationId }: LegNazorgcontroleVastCommand): Promise<NazorgcontroleView> {
    const casus = await this.casussen.vanId(manager, input.casusId);
    if (!casus) throw casusNietGevonden();
    eisRegioToegang(actor, casus, 'wijzigen');
    const controle = await this.nazorg.vanCasus(manager, casus.id, true);
    eisNazorgcontroleVastleggen(controle ?? { gevuurdOp: null, resultaat: null });
    const now = this.clock.now();
    const na = await this.nazorg.legVast(manager, casus.id, input.resultaat, input.toelichting || null, actor.sub, now);
    await this.casussen.voegHistorieToe(manager, [
      { casusId: casus.id, actie: 'nazorgcontrole', vanStatus: null, naarStatus: null, door: actor.sub, op: now, toelichting: input.resultaat },
    ]);
    await this.outbox.append(manager, [
      {
        type: 'trajecten.casus.nazorgcontrole-vastgelegd',
        jongereId: casus.jongereId,
        aggregateId: casus.id,
        context: { rmcRegio: casus.rmcRegio },
        correlationId,
        payload: { casusId: casus.id, rmcRegio: casus.rmcRegio, resultaat: input.resultaat, vastgelegdOp: now.toISOString() },
      } satisfies NewEvent<'trajecten.casus.nazorgcontrole-vastgelegd'>,
    ]);
    return nazorgcontroleView(na, casus.casusregisseur);
  }
}
