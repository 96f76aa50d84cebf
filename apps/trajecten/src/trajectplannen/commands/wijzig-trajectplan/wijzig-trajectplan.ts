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
import { wijzigTrajectplan } from '../../domain/plan-wijziging';
import { versieUitIfMatch } from '../../domain/plan-versie';
import { planNietGevonden, planVerouderd } from '../../domain/trajectplannen.errors';
import { trajectplanView } from '../maak-trajectplan/trajectplan-view';

export type WijzigTrajectplanCommand = Command<{ casusId: string; ifMatch: string | undefined; inhoud: PlanInhoudInvoer }>;

/**
 * Use case: a change of the case's current plan on the version the caller read (If-Match): missing → 428, stale →
 * `trajectplan.verouderd` (412), so two people editing one plan get a conflict instead of a silent overwrite. A change
 * that changes nothing keeps the version; else version + 1 with a history line naming what changed.
 */
@Injectable()
export class WijzigTrajectplan {
  constructor(
    private readonly dataSource: DataSource,
    private readonly casussen: CasussenRepository,
    private readonly toegang: CasusToegang,
    private readonly plannen: TrajectplannenRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: WijzigTrajectplanCommand): Promise<TrajectplanView> {
    return this.dataSource.transaction((manager) => this.wijzig(manager, command));
  }

  private async wijzig(manager: EntityManager, { input, actor }: WijzigTrajectplanCommand): Promise<TrajectplanView> {
    const casus = await this.casussen.vanId(manager, input.casusId);
    if (!casus) throw casusNietGevonden();
    await this.toegang.eis(manager, actor, casus, 'wijzigen');
    const verwachteVersie = versieUitIfMatch(input.ifMatch);
    if (!isOpen(casus.status)) throw casusAfgesloten(casus.id);
    const plan = await this.plannen.huidigeVan(manager, casus.id, true);
    if (!plan) throw planNietGevonden();
    const now = this.clock.now();
    const volgende = wijzigTrajectplan(plan, input.inhoud, { verwachteVersie, door: actor.sub, op: now });
    if (volgende === plan) return trajectplanView(plan);
    const opgeslagen = await this.plannen.werkBij(manager, plan.id, plan.versie, volgende, now);
    if (!opgeslagen) throw planVerouderd(plan.versie + 1, verwachteVersie);
    const laatste = volgende.historie[volgende.historie.length - 1];
    await this.casussen.voegHistorieToe(manager, [
      {
        casusId: casus.id,
        actie: 'trajectplan',
        vanStatus: null,
        naarStatus: null,
        door: actor.sub,
        op: now,
        toelichting: `versie ${volgende.versie}: ${laatste.wijzigingen.join(', ')}`.slice(0, 2000),
      },
    ]);
    return trajectplanView(opgeslagen);
  }
}
