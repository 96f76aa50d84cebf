import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { EventContext } from '@sluitend/contracts';
import { inTransaction } from '@sluitend/persistence';
import { SystemCommand } from '../../../shared/command';
import { AlertsRepository } from '../../database/alerts.repository';
import { NietRouteerbaarRepository } from '../../database/niet-routeerbaar.repository';
import { RouteerNietRouteerbare } from '../routeer-niet-routeerbare/routeer-niet-routeerbare';

export type VoegPersonenSamenCommand = SystemCommand<{ van: string; naar: string; context: EventContext; eventId: string }>;

/**
 * Use case (overstap.persoon.gekoppeld): the person known by an onderwijsnummer (`van`) is the person of the BSN
 * (`naar`). Their alerts and "niet te routeren" rows are re-keyed to `naar`; then the signals of either that still wait
 * in the list are routed when a woongemeente is known — the one the event's context carries (overstap's view of the
 * merged person, e.g. the dossier under the BSN), else the one learnt earlier under either pseudonym. In the caller's
 * transaction (the inbox's), so the merge happens exactly once.
 */
@Injectable()
export class VoegPersonenSamen {
  private readonly logger = new Logger(VoegPersonenSamen.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly alerts: AlertsRepository,
    private readonly nietRouteerbaar: NietRouteerbaarRepository,
    private readonly routeer: RouteerNietRouteerbare,
  ) {}

  execute(command: VoegPersonenSamenCommand, tx?: EntityManager): Promise<{ gerouteerd: number }> {
    return inTransaction(this.dataSource, tx, (manager) => this.voegSamen(manager, command));
  }

  private async voegSamen(manager: EntityManager, { input, correlationId }: VoegPersonenSamenCommand): Promise<{ gerouteerd: number }> {
    const { van, naar, context } = input;
    await this.alerts.herkoppel(manager, van, naar);
    await this.nietRouteerbaar.herkoppel(manager, van, naar);
    const woongemeente =
      context.woongemeente && context.rmcRegio ? context.woongemeente : (await this.nietRouteerbaar.bekendeWoongemeenten(manager, [naar])).get(naar);
    if (!woongemeente) return { gerouteerd: 0 };
    const { gerouteerd } = await this.routeer.execute(
      { input: { woongemeenten: [{ jongereId: naar, woongemeente }], door: `event:${input.eventId}` }, correlationId },
      manager,
    );
    if (gerouteerd > 0) this.logger.log(`persoon gekoppeld (event ${input.eventId}): ${gerouteerd} signal(s) of the niet-te-routeren list routed`);
    return { gerouteerd };
  }
}
