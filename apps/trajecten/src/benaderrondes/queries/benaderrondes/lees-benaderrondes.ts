import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { BenaderrondesView } from '@sluitend/contracts';
import { Command } from '../../../shared/command';
import { BenaderrondesRepository } from '../../database/benaderrondes.repository';
import { eisBenaderrondeToegang } from '../../domain/benaderronde-toegang';
import { benaderrondeView } from './benaderronde-view';

export type LeesBenaderrondesCommand = Command<{ rmcRegio: string }>;

/** Use case: the region's outreach rounds, running first, each with its totals. For the region's RMC staff. */
@Injectable()
export class LeesBenaderrondes {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rondes: BenaderrondesRepository,
  ) {}

  async execute({ input, actor }: LeesBenaderrondesCommand): Promise<BenaderrondesView> {
    eisBenaderrondeToegang(actor, input.rmcRegio, 'lezen');
    const rondes = await this.rondes.vanRegio(this.dataSource, input.rmcRegio);
    const deelnemers = await this.rondes.deelnemersVan(
      this.dataSource,
      rondes.map((r) => r.id),
    );
    return {
      rmcRegio: input.rmcRegio,
      rondes: rondes.map((r) =>
        benaderrondeView(
          r,
          deelnemers.filter((d) => d.rondeId === r.id),
          false,
        ),
      ),
    };
  }
}
