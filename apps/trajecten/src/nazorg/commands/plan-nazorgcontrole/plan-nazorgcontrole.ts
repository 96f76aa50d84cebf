import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { inTransaction } from '@sluitend/persistence';
import { DueWorkSweeper } from '@sluitend/platform';
import { TRAJECTEN_ENV, TrajectenEnv } from '../../../config/trajecten-env';
import { SystemCommand } from '../../../shared/command';
import { JOBS } from '../../../shared/jobs';
import type { UitkomstCategorie } from '../../../uitkomsten/domain/uitkomst';
import { nazorgControleMoment, nazorgVanaf } from '../../../uitkomsten/domain/nazorg';
import { NazorgRepository } from '../../database/nazorg.repository';

export type NazorgAanleiding = { casusId: string; rmcRegio: string; op: Date; uitkomst: UitkomstCategorie };

export type PlanNazorgcontroleCommand = SystemCommand<{ aanleidingen: readonly NazorgAanleiding[] }>;

/** A wake-up for a check due within this; later ones are found by the per-minute backstop. */
const WEKKER_MS = 60_000;

/**
 * Use case: a case closed with a place (trajecten's own trajecten.casus.afgesloten) → its one nazorg check,
 * NAZORG_MAANDEN (default 3) calendar months later (uitkomsten/domain/nazorg.ts). One row per case: planning again
 * (a redelivery) adds nothing. Answers how many checks are new.
 */
@Injectable()
export class PlanNazorgcontrole {
  constructor(
    private readonly dataSource: DataSource,
    private readonly nazorg: NazorgRepository,
    private readonly sweeper: DueWorkSweeper,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(TRAJECTEN_ENV) private readonly env: TrajectenEnv,
  ) {}

  execute(command: PlanNazorgcontroleCommand, tx?: EntityManager): Promise<number> {
    return inTransaction(this.dataSource, tx, (manager) => this.plan(manager, command));
  }

  private async plan(manager: EntityManager, { input }: PlanNazorgcontroleCommand): Promise<number> {
    let nieuw = 0;
    let eerste = Infinity;
    for (const aanleiding of input.aanleidingen) {
      const vanaf = nazorgVanaf(aanleiding);
      if (!vanaf) continue;
      const dueAt = nazorgControleMoment(vanaf, { nazorgMaanden: this.env.NAZORG_MAANDEN });
      if (await this.nazorg.plan(manager, aanleiding.casusId, aanleiding.rmcRegio, vanaf, dueAt)) {
        nieuw += 1;
        eerste = Math.min(eerste, dueAt.getTime());
      }
    }
    const over = eerste - this.clock.now().getTime();
    if (nieuw > 0 && over < WEKKER_MS) await this.sweeper.wake(JOBS.nazorgcontrole, Math.max(0, over), manager);
    return nieuw;
  }
}
