import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertActsFor } from '@sluitend/auth';
import { CasusRegelsOverzicht } from '@sluitend/contracts';
import { Command } from '../../../shared/command';
import { CasusRegelsBron } from '../../database/casus-regels.bron';

export type LeesCasusRegelsCommand = Command<{ rmcRegio: string }>;

/** Use case: the region's rule table, for its own staff: per signal kind the rule and whether it is fixed, the region's own or the default. */
@Injectable()
export class LeesCasusRegels {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bron: CasusRegelsBron,
  ) {}

  async execute({ input, actor }: LeesCasusRegelsCommand): Promise<CasusRegelsOverzicht> {
    assertActsFor(actor, 'rmc-regio', input.rmcRegio, ['trajectbegeleider', 'rmc-coordinator', 'beheerder']);
    const overzicht = await this.bron.overzicht(this.dataSource, input.rmcRegio);
    return { rmcRegio: overzicht.rmcRegio, regels: [...overzicht.regels] };
  }
}
