import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { OverdrachtView, StelOverdrachtVoorInvoer } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { OutboxWriter } from '@sluitend/messaging';
import { DueWorkSweeper } from '@sluitend/platform';
import { CasussenRepository } from '../../../casussen/database/casussen.repository';
import { isOpen } from '../../../casussen/domain/casus-status';
import { casusNietGevonden } from '../../../casussen/domain/casussen.errors';
import { TRAJECTEN_ENV, TrajectenEnv } from '../../../config/trajecten-env';
import { Command } from '../../../shared/command';
import { JOBS } from '../../../shared/jobs';
import { eisCasusToegang } from '../../../toegang/domain/casus-toegang';
import { OverdrachtenRepository } from '../../database/overdrachten.repository';
import { escalatieMoment } from '../../domain/overdracht-escalatie';
import { overdrachtConflict } from '../../domain/overdrachten.errors';
import { casusToegangFeiten } from '../../domain/toegang-feiten';
import { stelOverdrachtVoor } from '../../domain/warme-overdracht';
import { overdrachtView } from './overdracht-view';

export type StelOverdrachtVoorCommand = Command<{ casusId: string } & StelOverdrachtVoorInvoer>;

/**
 * Use case: the organisation that holds an open case proposes a warm handover to a partner. It escalates
 * (trajecten.casus.overdracht-geescaleerd, by the overdracht-escalatie due work) when not accepted within
 * OVERDRACHT_WERKDAGEN working days; trajecten.casus.overdracht-voorgesteld tells who is waiting.
 */
@Injectable()
export class StelOverdrachtVoor {
  constructor(
    private readonly dataSource: DataSource,
    private readonly casussen: CasussenRepository,
    private readonly overdrachten: OverdrachtenRepository,
    private readonly outbox: OutboxWriter,
    private readonly sweeper: DueWorkSweeper,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(TRAJECTEN_ENV) private readonly env: TrajectenEnv,
  ) {}

  execute(command: StelOverdrachtVoorCommand): Promise<OverdrachtView> {
    return this.dataSource.transaction((manager) => this.stelVoor(manager, command));
  }

  private async stelVoor(manager: EntityManager, { input, actor, correlationId }: StelOverdrachtVoorCommand): Promise<OverdrachtView> {
    const casus = await this.casussen.vanId(manager, input.casusId, true);
    if (!casus) throw casusNietGevonden();
    const eerdere = await this.overdrachten.vanCasus(manager, casus.id);
    const feiten = casusToegangFeiten({ rmcRegio: casus.rmcRegio, open: isOpen(casus.status) }, eerdere);
    eisCasusToegang(actor, feiten, 'wijzigen');
    const now = this.clock.now();
    const voorstel = stelOverdrachtVoor(
      { id: randomUUID(), casusId: casus.id, van: { type: actor.org.type, code: actor.org.code }, naar: input.naar, route: input.route, op: now },
      { casusOpen: feiten.open, houder: feiten.houder, overdrachten: eerdere },
    );
    const werkdagen = this.env.OVERDRACHT_WERKDAGEN;
    const escalatieOp = escalatieMoment(now, werkdagen);
    const opgeslagen = await this.overdrachten.voegToe(manager, voorstel, escalatieOp, werkdagen);
    if (!opgeslagen) throw overdrachtConflict('overdracht.loopt-al', 'Er wacht al een overdracht van deze casus op antwoord');
    await this.casussen.voegHistorieToe(manager, [
      {
        casusId: casus.id,
        actie: 'overdracht-voorgesteld',
        vanStatus: null,
        naarStatus: null,
        door: actor.sub,
        op: now,
        toelichting: `aan ${input.naar.type} ${input.naar.code}${input.route ? `, route ${input.route}` : ''}`,
      },
    ]);
    await this.outbox.append(manager, [
      {
        type: 'trajecten.casus.overdracht-voorgesteld',
        jongereId: casus.jongereId,
        aggregateId: casus.id,
        context: { rmcRegio: casus.rmcRegio },
        correlationId,
        payload: {
          casusId: casus.id,
          overdrachtId: opgeslagen.id,
          rmcRegio: casus.rmcRegio,
          van: { ...opgeslagen.van },
          naar: { ...opgeslagen.naar },
          route: opgeslagen.route ?? null,
          voorgesteldOp: now.toISOString(),
          escalatieOp: escalatieOp.toISOString(),
        },
      },
    ]);
    await this.sweeper.wake(JOBS.overdrachtEscalatie, Math.max(0, escalatieOp.getTime() - now.getTime()), manager);
    return overdrachtView(opgeslagen);
  }
}
