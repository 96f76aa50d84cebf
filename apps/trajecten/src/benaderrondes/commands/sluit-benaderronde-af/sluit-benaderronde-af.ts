import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { BenaderrondeView } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { NewEvent, OutboxWriter } from '@sluitend/messaging';
import { telRonde } from '../../../contacten/domain/benaderronde';
import { Command } from '../../../shared/command';
import { BenaderrondesRepository } from '../../database/benaderrondes.repository';
import { eisBenaderrondeToegang } from '../../domain/benaderronde-toegang';
import { benaderrondeConflict, benaderrondeNietGevonden } from '../../domain/benaderrondes.errors';
import { benaderrondeView } from '../../queries/benaderrondes/benaderronde-view';

export type SluitBenaderrondeAfCommand = Command<{ rmcRegio: string; rondeId: string }>;

/**
 * Use case: a round is closed; its totals (telRonde) go out as trajecten.benaderronde.afgesloten — counts only, no ids
 * of young people — so rapportage can count rounds. Once: a closed round is a 409.
 */
@Injectable()
export class SluitBenaderrondeAf {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rondes: BenaderrondesRepository,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: SluitBenaderrondeAfCommand): Promise<BenaderrondeView> {
    eisBenaderrondeToegang(command.actor, command.input.rmcRegio, 'uitvoeren');
    return this.dataSource.transaction((manager) => this.sluitAf(manager, command));
  }

  private async sluitAf(manager: EntityManager, { input, actor, correlationId }: SluitBenaderrondeAfCommand): Promise<BenaderrondeView> {
    const ronde = await this.rondes.vanId(manager, input.rmcRegio, input.rondeId, true);
    if (!ronde) throw benaderrondeNietGevonden();
    if (ronde.afgeslotenOp) throw benaderrondeConflict('benaderronde.afgesloten', 'Deze benaderronde is al afgesloten');
    const deelnemers = await this.rondes.deelnemersVan(manager, [ronde.id]);
    const telling = telRonde(deelnemers);
    const afgesloten = await this.rondes.sluitAf(manager, ronde.id, actor.sub, this.clock.now());
    await this.outbox.append(manager, [
      {
        jongereId: null,
        aggregateId: ronde.id,
        context: { rmcRegio: ronde.rmcRegio },
        correlationId,
        type: 'trajecten.benaderronde.afgesloten',
        payload: { rondeId: ronde.id, rmcRegio: ronde.rmcRegio, afgeslotenOp: (afgesloten.afgeslotenOp as Date).toISOString(), ...telling },
      } satisfies NewEvent<'trajecten.benaderronde.afgesloten'>,
    ]);
    return benaderrondeView(afgesloten, deelnemers, true);
  }
}
