import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { CasusView, ZetCasusStapInvoer } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { NewEvent, OutboxWriter } from '@sluitend/messaging';
import { Command } from '../../../shared/command';
import { CasussenRepository } from '../../database/casussen.repository';
import { eisRegioToegang } from '../../domain/casus-feiten';
import { casusNietGevonden } from '../../domain/casussen.errors';
import { volgendeStatus } from '../../domain/casus-status';
import { casusTijdlijn } from '../../domain/casus-tijdlijn';
import { tijdigheidVanCasus } from '../../../uitkomsten/domain/tijdigheid';
import { casusView } from '../../queries/casus/casus-view';

export type ZetCasusStapCommand = Command<{ casusId: string } & ZetCasusStapInvoer>;

/**
 * Use case: one step in a case's life (contact, screening, netwerkoverleg, route, nazorg, decline, unreachable,
 * close), as the transition table allows — a step out of turn is casus.overgang-niet-toegestaan (409, with the
 * allowed steps); closing needs an outcome in the effectrapportage categories (400), only closing takes one. With
 * werk-zonder-startkwalificatie the outcome may carry the monthly income class (stored beside it; with another outcome
 * 400 on uitkomst.inkomensklasse). The case row is locked for the step. Publishes trajecten.casus.status-gewijzigd, or
 * trajecten.casus.afgesloten (with `inkomensklasse` only when it is known), in the step's transaction (outbox).
 */
@Injectable()
export class ZetCasusStap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly casussen: CasussenRepository,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: ZetCasusStapCommand): Promise<CasusView> {
    return this.dataSource.transaction((manager) => this.zet(manager, command));
  }

  private async zet(manager: EntityManager, { input, actor, correlationId }: ZetCasusStapCommand): Promise<CasusView> {
    const casus = await this.casussen.vanId(manager, input.casusId, true);
    if (!casus) throw casusNietGevonden();
    eisRegioToegang(actor, casus, 'wijzigen');
    const naar = volgendeStatus(casus.status, input.actie, input.uitkomst);
    const now = this.clock.now();
    const na = await this.casussen.zetStatus(manager, casus.id, naar, now, input.actie === 'afsluiten' ? input.uitkomst : undefined);
    await this.casussen.voegHistorieToe(manager, [
      {
        casusId: casus.id,
        actie: input.actie,
        vanStatus: casus.status,
        naarStatus: naar,
        door: actor.sub,
        op: now,
        toelichting: input.toelichting ?? null,
      },
    ]);
    const basis = { jongereId: casus.jongereId, aggregateId: casus.id, context: { rmcRegio: casus.rmcRegio }, correlationId };
    if (input.actie === 'afsluiten' && input.uitkomst) {
      const historie = await this.casussen.historieVan(manager, casus.id);
      const tijdigheid = tijdigheidVanCasus(
        casusTijdlijn(
          casus.geopendOp,
          historie.map((h) => ({ naarStatus: h.naar_status, op: h.op })),
        ),
        now,
      );
      await this.outbox.append(manager, [
        {
          ...basis,
          type: 'trajecten.casus.afgesloten',
          payload: {
            casusId: casus.id,
            rmcRegio: casus.rmcRegio,
            vanStatus: casus.status,
            uitkomst: input.uitkomst.categorie,
            geopendOp: casus.geopendOp.toISOString(),
            afgeslotenOp: now.toISOString(),
            tijdigheid,
            ...(input.uitkomst.inkomensklasse ? { inkomensklasse: input.uitkomst.inkomensklasse } : {}),
          },
        } satisfies NewEvent<'trajecten.casus.afgesloten'>,
      ]);
    } else {
      await this.outbox.append(manager, [
        {
          ...basis,
          type: 'trajecten.casus.status-gewijzigd',
          payload: {
            casusId: casus.id,
            rmcRegio: casus.rmcRegio,
            actie: input.actie,
            vanStatus: casus.status,
            naarStatus: naar,
            gewijzigdOp: now.toISOString(),
          },
        } satisfies NewEvent<'trajecten.casus.status-gewijzigd'>,
      ]);
    }
    return casusView(na);
  }
}
