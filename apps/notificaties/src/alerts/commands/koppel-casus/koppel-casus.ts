import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { EventPayload } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { inTransaction } from '@sluitend/persistence';
import { SystemCommand } from '../../../shared/command';
import { AlertsRepository } from '../../database/alerts.repository';

export type KoppelCasusCommand = SystemCommand<{ gekoppeld: ReadonlyArray<EventPayload<'trajecten.casus.signaal-gekoppeld'>> }>;

/**
 * Use case: trajecten tells which case handles a signal in a region (trajecten.casus.signaal-gekoppeld); the RMC
 * inbox's alerts of that signal show the case (`casusId`), whether the alert was made before or after. Recorded once
 * per signal and region, in the inbox transaction. Answers the links recorded now.
 */
@Injectable()
export class KoppelCasus {
  constructor(
    private readonly dataSource: DataSource,
    private readonly alerts: AlertsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ input }: KoppelCasusCommand, tx?: EntityManager): Promise<number> {
    return inTransaction(this.dataSource, tx, (manager) =>
      this.alerts.koppelCasussen(
        manager,
        input.gekoppeld.map((g) => ({ signaalEventId: g.signaalEventId, rmcRegio: g.rmcRegio, casusId: g.casusId })),
        this.clock.now(),
      ),
    );
  }
}
