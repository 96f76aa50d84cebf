import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TrajectplanView } from '@sluitend/contracts';
import { PlanActie } from '../../domain/plan-status';
import { Command } from '../../../shared/command';
import { wijzigPlanStatus } from '../../domain/plan-wijziging';
import { WijzigHuidigPlan } from '../wijzig-huidig-plan';

export type ZetPlanStatusCommand = Command<{ casusId: string; ifMatch: string | undefined; actie: PlanActie }>;

/**
 * Use case: a status step of the case's current plan (vaststellen, afronden, stoppen) on the version the caller read
 * (If-Match: missing 428, stale 412); a step out of turn is `trajectplan.overgang-niet-toegestaan` (409).
 */
@Injectable()
export class ZetPlanStatus {
  constructor(
    private readonly dataSource: DataSource,
    private readonly huidigPlan: WijzigHuidigPlan,
  ) {}

  execute({ input, actor }: ZetPlanStatusCommand): Promise<TrajectplanView> {
    return this.dataSource.transaction((manager) =>
      this.huidigPlan.execute(
        manager,
        input,
        actor,
        (plan, context) => wijzigPlanStatus(plan, input.actie, context),
        (volgende) => `versie ${volgende.versie}: status ${volgende.status}`,
      ),
    );
  }
}
