import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DueWorkSweeper } from '@sluitend/platform';
import { inTransaction } from '@sluitend/persistence';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { CasussenRepository } from '../../../casussen/database/casussen.repository';
import { TRAJECTEN_ENV, TrajectenEnv } from '../../../config/trajecten-env';
import { SystemCommand } from '../../../shared/command';
import { JOBS } from '../../../shared/jobs';
import { HeraanpakRepository } from '../../database/heraanpak.repository';
import { heraanpakTimers } from '../../domain/heraanpak';
import { statusOvergangen } from '../../domain/status-overgangen';

export type PlanHeraanpakCommand = SystemCommand<{ casusIds: readonly string[] }>;

/** A wake-up for a timer due within this; later ones are found by the per-minute backstop. */
const WEKKER_MS = 60_000;

/**
 * Use case: a case started to rest (declined, unreachable; trajecten.casus.status-gewijzigd) → its re-approach timers
 * for the current rest, at HERAANPAK_MAANDEN (default 3 and 6) calendar months after the rest began
 * (contacten/domain/heraanpak.ts). The timers' keys are deterministic, so planning again (a redelivery, a move
 * between declined and unreachable) adds nothing. Answers how many timers are new.
 */
@Injectable()
export class PlanHeraanpak {
  constructor(
    private readonly dataSource: DataSource,
    private readonly casussen: CasussenRepository,
    private readonly heraanpak: HeraanpakRepository,
    private readonly sweeper: DueWorkSweeper,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(TRAJECTEN_ENV) private readonly env: TrajectenEnv,
  ) {}

  execute(command: PlanHeraanpakCommand, tx?: EntityManager): Promise<number> {
    return inTransaction(this.dataSource, tx, (manager) => this.plan(manager, command));
  }

  private async plan(manager: EntityManager, { input }: PlanHeraanpakCommand): Promise<number> {
    const maanden = this.env.HERAANPAK_MAANDEN;
    let nieuw = 0;
    let eerste = Infinity;
    for (const casusId of new Set(input.casusIds)) {
      const historie = await this.casussen.historieVan(manager, casusId);
      const timers = heraanpakTimers(statusOvergangen(historie.map((h) => ({ naarStatus: h.naar_status, op: h.op }))), {
        instellingen: { heraanpakMaanden: maanden },
      });
      nieuw += await this.heraanpak.plan(
        manager,
        casusId,
        timers.map((timer) => ({ ...timer, maanden: maanden[timer.volgnummer - 1] })),
      );
      for (const timer of timers) eerste = Math.min(eerste, timer.dueAt.getTime());
    }
    const over = eerste - this.clock.now().getTime();
    if (nieuw > 0 && over < WEKKER_MS) await this.sweeper.wake(JOBS.heraanpak, Math.max(0, over), manager);
    return nieuw;
  }
}
