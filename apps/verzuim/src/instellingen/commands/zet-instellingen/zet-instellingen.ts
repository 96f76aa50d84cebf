import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertOrgType, Claims } from '@sluitend/auth';
import type { VerzuimInstellingenInvoer } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { controleerInstellingen } from '../../../meldingen/domain/verzuim-instellingen';
import { metDomainErrors } from '../../../shared/als-domain-error';
import { SCHOLEN } from '../../../shared/scholen';
import { InstellingenRepository } from '../../database/instellingen.repository';

export type ZetInstellingenCommand = { input: VerzuimInstellingenInvoer; actor: Claims; correlationId: string };

/**
 * Use case: a school sets what the law leaves to it or its region (RMC-verzuim after 1–4 weeks; 16 uur also for the
 * RMC group). It counts for intakes from now on; meldingen already filed stand.
 */
@Injectable()
export class ZetInstellingen {
  constructor(
    private readonly dataSource: DataSource,
    private readonly instellingen: InstellingenRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor }: ZetInstellingenCommand): Promise<VerzuimInstellingenInvoer> {
    assertOrgType(actor, SCHOLEN);
    metDomainErrors(() => controleerInstellingen(input));
    await this.instellingen.zet(this.dataSource, actor.org.code, input, this.clock.now());
    return input;
  }
}
