import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { BenaderrondeView } from '@sluitend/contracts';
import { Command } from '../../../shared/command';
import { BenaderrondesRepository } from '../../database/benaderrondes.repository';
import { eisBenaderrondeToegang } from '../../domain/benaderronde-toegang';
import { benaderrondeNietGevonden } from '../../domain/benaderrondes.errors';
import { benaderrondeView } from '../benaderrondes/benaderronde-view';

export type LeesBenaderrondeCommand = Command<{ rmcRegio: string; rondeId: string }>;

/** Use case: one round of the region with its totals and every participant's result (case ids, no personal data). */
@Injectable()
export class LeesBenaderronde {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rondes: BenaderrondesRepository,
  ) {}

  async execute({ input, actor }: LeesBenaderrondeCommand): Promise<BenaderrondeView> {
    eisBenaderrondeToegang(actor, input.rmcRegio, 'lezen');
    const ronde = await this.rondes.vanId(this.dataSource, input.rmcRegio, input.rondeId);
    if (!ronde) throw benaderrondeNietGevonden();
    return benaderrondeView(ronde, await this.rondes.deelnemersVan(this.dataSource, [ronde.id]), true);
  }
}
