import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WijsWoongemeenteToe as Toewijzing, WoongemeenteToegewezen } from '@sluitend/contracts';
import { Command } from '../../../shared/command';
import { NietRouteerbaarRepository } from '../../database/niet-routeerbaar.repository';
import { magWoongemeenteToewijzen, metWoongemeente, NietRouteerbaarFout } from '../../domain/niet-routeerbaar';
import { RouteerNietRouteerbare } from '../routeer-niet-routeerbare/routeer-niet-routeerbare';

export type WijsWoongemeenteToeCommand = Command<Toewijzing & { id: string }>;

/**
 * Use case: an RMC coordinator (or ops) says where the student of a signal in the "niet te routeren" list lives; the
 * signal is routed to that woonregio at once. A signal routed already is refused (409), naming where it went.
 */
@Injectable()
export class WijsWoongemeenteToe {
  constructor(
    private readonly dataSource: DataSource,
    private readonly nietRouteerbaar: NietRouteerbaarRepository,
    private readonly routeer: RouteerNietRouteerbare,
  ) {}

  async execute({ input, actor, correlationId }: WijsWoongemeenteToeCommand): Promise<WoongemeenteToegewezen> {
    magWoongemeenteToewijzen(actor);
    const { rmcRegio } = metWoongemeente({}, input.woongemeente);
    return this.dataSource.transaction(async (manager) => {
      const rij = await this.nietRouteerbaar.lock(manager, input.id);
      if (!rij) throw NietRouteerbaarFout.nietGevonden(input.id);
      if (rij.gerouteerdOp) throw NietRouteerbaarFout.alGerouteerd(input.id, rij.woongemeente);
      const { alerts } = await this.routeer.execute(
        { input: { id: input.id, woongemeente: input.woongemeente, door: `gebruiker:${actor.sub}` }, correlationId },
        manager,
      );
      return { id: input.id, woongemeente: input.woongemeente, rmcRegio, alerts };
    });
  }
}
