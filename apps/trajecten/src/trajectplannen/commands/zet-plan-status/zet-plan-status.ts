import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { TrajectplanView } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { CasussenRepository } from '../../../casussen/database/casussen.repository';
import { isOpen } from '../../../casussen/domain/casus-status';
import { casusAfgesloten, casusNietGevonden } from '../../../casussen/domain/casussen.errors';
import { CasusToegang } from '../../../overdrachten/database/casus-toegang';
import { Command } from '../../../shared/command';
import { TrajectplannenRepository } from '../../database/trajectplannen.repository';
import { PlanActie } from '../../domain/plan-status';
import { wijzigPlanStatus } from '../../domain/plan-wijziging';
import { versieUitIfMatch } from '../../domain/plan-versie';
import { planNietGevonden, planVerouderd } from '../../domain/trajectplannen.errors';
import { trajectplanView } from '../maak-trajectplan/trajectplan-view';

export type ZetPlanStatusCommand = Command<{ casusId: string; ifMatch: string | undefined; actie: PlanActie }>;

/**
 * Use case: a status step of the case's current plan (vaststellen, afronden, stoppen) on the version the caller read
 * (If-Match: missing 428, stale 412); a step out of turn is `trajectplan.overgang-niet-toegestaan` (409).
 */
@Injectable()
export class ZetPlanStatus {
  constructor(
    private readonly dataSource: DataSource,
    private readonly casussen: CasussenRepository,
    private readonly toegang: CasusToegang,
    private readonly plannen: TrajectplannenRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: ZetPlanStatusCommand): Promise<TrajectplanView> {
    return this.dataSource.transaction((manager) => this.zet(manager, command));
  }

  private async zet(manager: EntityManager, { input, actor }: ZetPlanStatusCommand): Promise<TrajectplanView> {
    const casus = await this.casussen.vanId(manager, input.casusId);
    if (!casus) throw casusNietGevonden();
    await this.toegang.eis(manager, actor, casus, 'wijzigen');
    const verwachteVersie = versieUitIfMatch(input.ifMatch);
    if (!isOpen(casus.status)) throw casusAfgesloten(casus.id);
    const plan = await this.plannen.huidigeVan(manager, casus.id, true);
    if (!plan) throw planNietGevonden();
    const now = this.clock.now();
    const volgende = wijzigPlanStatus(plan, input.actie, { verwachteVersie, door: actor.sub, op: now });
    const opgeslagen = await this.plannen.werkBij(manager, plan.id, plan.versie, volgende, now);
    if (!opgeslagen) throw planVerouderd(plan.versie + 1, verwachteVersie);
    await this.casussen.voegHistorieToe(manager, [
      {
        casusId: casus.id,
        actie: 'trajectplan',
        vanStatus: null,
        naarStatus: null,
        door: actor.sub,
        op: now,
        toelichting: `versie ${volgende.versie}: status ${volgende.status}`,
      },
    ]);
    return trajectplanView(opgeslagen);
  }
}
