import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertActsFor } from '@sluitend/auth';
import type { CasussenQuery } from '@sluitend/contracts';
import { Command } from '../../../shared/command';
import { CasussenRepository } from '../../database/casussen.repository';
import { casusView } from '../casus/casus-view';

export type ZoekCasussenCommand = Command<CasussenQuery>;

/** Use case: the caller's region's cases — by status, open or closed, casusregisseur or none — most recently changed first, per page. */
@Injectable()
export class ZoekCasussen {
  constructor(
    private readonly dataSource: DataSource,
    private readonly casussen: CasussenRepository,
  ) {}

  async execute({ input, actor }: ZoekCasussenCommand) {
    assertActsFor(actor, 'rmc-regio', actor.org.code, ['trajectbegeleider', 'rmc-coordinator']);
    const { casussen, totaal } = await this.casussen.zoek(
      this.dataSource,
      actor.org.code,
      {
        status: input.status,
        open: input.open === undefined ? undefined : input.open === 'ja',
        casusregisseur: input.casusregisseur,
        zonderRegisseur: input.zonderRegisseur === 'ja',
      },
      input.pagina,
      input.perPagina,
    );
    return { casussen: casussen.map(casusView), pagina: input.pagina, perPagina: input.perPagina, totaal };
  }
}
