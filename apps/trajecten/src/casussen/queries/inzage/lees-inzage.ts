import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertActsFor } from '@sluitend/auth';
import type { CasusInzage } from '@sluitend/contracts';
import { Command } from '../../../shared/command';
import { CasussenRepository } from '../../database/casussen.repository';
import { eisRegioToegang } from '../../domain/casus-feiten';
import { casusNietGevonden } from '../../domain/casussen.errors';

export type LeesInzageCommand = Command<{ casusId: string }>;

/** Use case: who read a case of the region, newest first (the last 500) — for the region's coordinator only. */
@Injectable()
export class LeesInzage {
  constructor(
    private readonly dataSource: DataSource,
    private readonly casussen: CasussenRepository,
  ) {}

  async execute({ input, actor }: LeesInzageCommand): Promise<CasusInzage> {
    const casus = await this.casussen.vanId(this.dataSource, input.casusId);
    if (!casus) throw casusNietGevonden();
    eisRegioToegang(actor, casus, 'lezen');
    assertActsFor(actor, 'rmc-regio', casus.rmcRegio, ['rmc-coordinator']);
    const inzages = await this.casussen.inzagesVan(this.dataSource, casus.id);
    return {
      inzages: inzages.map((rij) => ({
        door: rij.door,
        organisatie: { type: rij.org_type, code: rij.org_code },
        wat: rij.wat,
        op: rij.op.toISOString(),
      })),
    };
  }
}
