import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { eisRegioToegang } from '../../../casussen/domain/casus-feiten';
import { Command } from '../../../shared/command';
import { DuoLijstenRepository } from '../../database/duo-lijsten.repository';
import { lijstNietGevonden } from '../../domain/duo-lijsten.errors';
import { terugmelding, TerugmeldingRegel } from '../../domain/terugmelding';

export type LeesTerugmeldingCommand = Command<{ lijstId: string }>;

/**
 * Use case: the region's terugmelding of an imported DUO list — per stored line what it became and where its case
 * stands now (duo-lijsten/domain/terugmelding.ts). For the RMC staff of the list's region; anyone else does not learn
 * the list exists (`duo-lijst.niet-gevonden`, 404).
 */
@Injectable()
export class LeesTerugmelding {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lijsten: DuoLijstenRepository,
  ) {}

  async execute({ input, actor }: LeesTerugmeldingCommand): Promise<TerugmeldingRegel[]> {
    const lijst = await this.lijsten.lijst(this.dataSource, input.lijstId);
    if (!lijst) throw lijstNietGevonden();
    try {
      eisRegioToegang(actor, { rmcRegio: lijst.rmcRegio, status: 'aangemeld' }, 'lezen');
    } catch {
      throw lijstNietGevonden();
    }
    return terugmelding(await this.lijsten.terugmelding(this.dataSource, lijst.id));
  }
}
