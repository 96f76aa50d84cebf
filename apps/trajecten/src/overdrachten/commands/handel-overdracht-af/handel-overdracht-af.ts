import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { HandelOverdrachtAfInvoer, OverdrachtView } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { OutboxWriter } from '@sluitend/messaging';
import { CasussenRepository } from '../../../casussen/database/casussen.repository';
import { isOpen } from '../../../casussen/domain/casus-status';
import { casusNietGevonden } from '../../../casussen/domain/casussen.errors';
import { Command } from '../../../shared/command';
import { eisCasusToegang, magOpCasus } from '../../../toegang/domain/casus-toegang';
import { OverdrachtenRepository } from '../../database/overdrachten.repository';
import { overdrachtNietGevonden } from '../../domain/overdrachten.errors';
import { casusToegangFeiten } from '../../domain/toegang-feiten';
import { pasOverdrachtToe } from '../../domain/warme-overdracht';
import { overdrachtView } from '../stel-overdracht-voor/overdracht-view';

export type HandelOverdrachtAfCommand = Command<{ casusId: string; overdrachtId: string } & HandelOverdrachtAfInvoer>;

/**
 * Use case: an answer to a warm handover — the receiver accepts (after the warm talk) or refuses (with a reason), the
 * proposer withdraws, either hands an accepted case back. Accepting makes the receiver the holder: from then on it
 * reads and changes the case (toegang's table), until it hands it back. trajecten.casus.overgedragen or
 * trajecten.casus.overdracht-beeindigd follow in the same transaction.
 */
@Injectable()
export class HandelOverdrachtAf {
  constructor(
    private readonly dataSource: DataSource,
    private readonly casussen: CasussenRepository,
    private readonly overdrachten: OverdrachtenRepository,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: HandelOverdrachtAfCommand): Promise<OverdrachtView> {
    return this.dataSource.transaction((manager) => this.handelAf(manager, command));
  }

  private async handelAf(manager: EntityManager, { input, actor, correlationId }: HandelOverdrachtAfCommand): Promise<OverdrachtView> {
    const casus = await this.casussen.vanId(manager, input.casusId, true);
    if (!casus) throw casusNietGevonden();
    const alle = await this.overdrachten.vanCasus(manager, casus.id);
    const feiten = casusToegangFeiten({ rmcRegio: casus.rmcRegio, open: isOpen(casus.status) }, alle);
    // The receiver of a waiting proposal may answer it; everyone else needs to be allowed to change the case.
    if (!magOpCasus(actor, feiten, 'overdracht-beoordelen')) eisCasusToegang(actor, feiten, 'wijzigen');
    const overdracht = alle.find((o) => o.id === input.overdrachtId);
    if (!overdracht) throw overdrachtNietGevonden();
    const now = this.clock.now();
    const na = pasOverdrachtToe(overdracht, input.actie, actor.org, now, {
      gesprek: input.gesprek ? { vorm: input.gesprek.vorm, op: new Date(input.gesprek.op) } : undefined,
      reden: input.reden,
    });
    const opgeslagen = await this.overdrachten.werkBij(manager, na);
    await this.casussen.voegHistorieToe(manager, [
      {
        casusId: casus.id,
        actie: `overdracht-${opgeslagen.status}`,
        vanStatus: null,
        naarStatus: null,
        door: actor.sub,
        op: now,
        toelichting: `${opgeslagen.van.code} → ${opgeslagen.naar.code}${opgeslagen.gesprek ? ` (gesprek ${opgeslagen.gesprek.vorm})` : ''}`,
      },
    ]);
    const basis = {
      casusId: casus.id,
      overdrachtId: opgeslagen.id,
      rmcRegio: casus.rmcRegio,
      van: { ...opgeslagen.van },
      naar: { ...opgeslagen.naar },
    };
    const envelop = { jongereId: casus.jongereId, aggregateId: casus.id, context: { rmcRegio: casus.rmcRegio }, correlationId };
    if (opgeslagen.status === 'geaccepteerd' && opgeslagen.gesprek && opgeslagen.geaccepteerdOp) {
      await this.outbox.append(manager, [
        {
          ...envelop,
          type: 'trajecten.casus.overgedragen',
          payload: {
            ...basis,
            route: opgeslagen.route ?? null,
            gesprek: opgeslagen.gesprek.vorm,
            voorgesteldOp: opgeslagen.voorgesteldOp.toISOString(),
            geaccepteerdOp: opgeslagen.geaccepteerdOp.toISOString(),
          },
        },
      ]);
    } else if (opgeslagen.status === 'geweigerd' || opgeslagen.status === 'ingetrokken' || opgeslagen.status === 'teruggegeven') {
      await this.outbox.append(manager, [
        {
          ...envelop,
          type: 'trajecten.casus.overdracht-beeindigd',
          payload: { ...basis, status: opgeslagen.status, beeindigdOp: now.toISOString() },
        },
      ]);
    }
    return overdrachtView(opgeslagen);
  }
}
