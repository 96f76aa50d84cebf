import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PlanInhoudInvoer, TrajectplanView } from '@sluitend/contracts';
import { Command } from '../../../shared/command';
import { wijzigTrajectplan } from '../../domain/plan-wijziging';
import { WijzigHuidigPlan } from '../wijzig-huidig-plan';

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
    private readonly huidigPlan: WijzigHuidigPlan,
  ) {}

  execute({ input, actor }: WijzigTrajectplanCommand): Promise<TrajectplanView> {
    return this.dataSource.transaction((manager) =>
      this.huidigPlan.execute(
        manager,
        input,
        actor,
        (plan, context) => wijzigTrajectplan(plan, input.inhoud, context),
        (volgende) => `versie ${volgende.versie}: ${volgende.historie[volgende.historie.length - 1].wijzigingen.join(', ')}`.slice(0, 2000),
      ),
    );
  }
}
