import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { PlanInhoudInvoer, TrajectplanView } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { CasussenRepository } from '../../../casussen/database/casussen.repository';
import { isOpen } from '../../../casussen/domain/casus-status';
import { casusAfgesloten, casusNietGevonden } from '../../../casussen/domain/casussen.errors';
import { CasusToegang } from '../../../overdrachten/database/casus-toegang';
import { Command } from '../../../shared/command';
import { TrajectplannenRepository } from '../../database/trajectplannen.repository';
import { nieuwTrajectplan } from '../../domain/plan-wijziging';
import { planBestaatAl } from '../../domain/trajectplannen.errors';
import { trajectplanView } from './trajectplan-view';

export type MaakTrajectplanCommand = Command<{ casusId: string; inhoud: PlanInhoudInvoer }>;

/**
 * Use case: a new trajectplan (version 1, concept) on an open case of the caller's region; refused when the case has a
 * plan in concept or active (`trajectplan.bestaat-al`, 409 — change that one).
 */
@Injectable()
export class MaakTrajectplan {
  constructor(
    private readonly dataSource: DataSource,
    private readonly casussen: CasussenRepository,
    private readonly toegang: CasusToegang,
    private readonly plannen: TrajectplannenRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: MaakTrajectplanCommand): Promise<TrajectplanView> {
    return this.dataSource.transaction((manager) => this.maak(manager, command));
  }

  private async maak(manager: EntityManager, { input, actor }: MaakTrajectplanCommand): Promise<TrajectplanView> {
    const casus = await this.casussen.vanId(manager, input.casusId, true);
    if (!casus) throw casusNietGevonden();
    await this.toegang.eis(manager, actor, casus, 'wijzigen');
    if (!isOpen(casus.status)) throw casusAfgesloten(casus.id);
    const now = this.clock.now();
    const plan = nieuwTrajectplan(casus.id, input.inhoud, actor.sub, now);
    const opgeslagen = await this.plannen.voegToe(manager, randomUUID(), plan, now);
    if (!opgeslagen) {
      const lopend = await this.plannen.huidigeVan(manager, casus.id);
      throw planBestaatAl(lopend?.id ?? '', lopend?.versie ?? 0);
    }
    await this.casussen.voegHistorieToe(manager, [
      { casusId: casus.id, actie: 'trajectplan', vanStatus: null, naarStatus: null, door: actor.sub, op: now, toelichting: 'versie 1: aangemaakt' },
    ]);
    return trajectplanView(opgeslagen);
  }
}
