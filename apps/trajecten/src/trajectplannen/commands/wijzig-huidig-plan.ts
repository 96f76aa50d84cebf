import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Claims } from '@sluitend/auth';
import type { TrajectplanView } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { CasussenRepository } from '../../casussen/database/casussen.repository';
import { isOpen } from '../../casussen/domain/casus-status';
import { casusAfgesloten, casusNietGevonden } from '../../casussen/domain/casussen.errors';
import { CasusToegang } from '../../overdrachten/database/casus-toegang';
import { TrajectplannenRepository } from '../database/trajectplannen.repository';
import { versieUitIfMatch } from '../domain/plan-versie';
import type { Trajectplan } from '../domain/trajectplan';
import { planNietGevonden, planVerouderd } from '../domain/trajectplannen.errors';
import { trajectplanView } from './maak-trajectplan/trajectplan-view';

/** What a step makes of the current plan: the next plan (the same object when nothing changes) and its history line. */
export type PlanStap = (plan: Trajectplan, context: { verwachteVersie: number; door: string; op: Date }) => Trajectplan;

/**
 * The one way a case's current plan changes (a content change, a status step): the case found and open, the caller
 * allowed to change it, the version the caller read (If-Match: missing 428, stale 412), the plan saved under that
 * version and one line in the case's history.
 */
@Injectable()
export class WijzigHuidigPlan {
  constructor(
    private readonly casussen: CasussenRepository,
    private readonly toegang: CasusToegang,
    private readonly plannen: TrajectplannenRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(
    manager: EntityManager,
    input: { casusId: string; ifMatch: string | undefined },
    actor: Claims,
    stap: PlanStap,
    toelichting: (volgende: Trajectplan) => string,
  ): Promise<TrajectplanView> {
    const casus = await this.casussen.vanId(manager, input.casusId);
    if (!casus) throw casusNietGevonden();
    await this.toegang.eis(manager, actor, casus, 'wijzigen');
    const verwachteVersie = versieUitIfMatch(input.ifMatch);
    if (!isOpen(casus.status)) throw casusAfgesloten(casus.id);
    const plan = await this.plannen.huidigeVan(manager, casus.id, true);
    if (!plan) throw planNietGevonden();
    const now = this.clock.now();
    const volgende = stap(plan, { verwachteVersie, door: actor.sub, op: now });
    if (volgende === plan) return trajectplanView(plan);
    const opgeslagen = await this.plannen.werkBij(manager, plan.id, plan.versie, volgende, now);
    if (!opgeslagen) throw planVerouderd(plan.versie + 1, verwachteVersie);
    await this.casussen.voegHistorieToe(manager, [
      { casusId: casus.id, actie: 'trajectplan', vanStatus: null, naarStatus: null, door: actor.sub, op: now, toelichting: toelichting(volgende) },
    ]);
    return trajectplanView(opgeslagen);
  }
}
