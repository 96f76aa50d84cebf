import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NazorgcontrolesView } from '@sluitend/contracts';
import { CasussenRepository } from '../../../casussen/database/casussen.repository';
import { eisRegioToegang } from '../../../casussen/domain/casus-feiten';
import { Command } from '../../../shared/command';
import { NazorgRepository } from '../../database/nazorg.repository';
import { nazorgcontroleView } from './nazorgcontrole-view';

export type LeesNazorgcontrolesCommand = Command<{ rmcRegio: string }>;

/** Use case: the region's nazorg checks that fell due and wait for a result, longest waiting first, each with its casusregisseur. */
@Injectable()
export class LeesNazorgcontroles {
  constructor(
    private readonly dataSource: DataSource,
    private readonly casussen: CasussenRepository,
    private readonly nazorg: NazorgRepository,
  ) {}

  async execute({ input, actor }: LeesNazorgcontrolesCommand): Promise<NazorgcontrolesView> {
    eisRegioToegang(actor, { rmcRegio: input.rmcRegio, status: 'afgesloten' }, 'lezen');
    const controles = await this.nazorg.openVanRegio(this.dataSource, input.rmcRegio);
    const casussen = await this.casussen.vanIds(
      this.dataSource,
      controles.map((c) => c.casusId),
    );
    return {
      rmcRegio: input.rmcRegio,
      nazorgcontroles: controles.map((controle) => nazorgcontroleView(controle, casussen.get(controle.casusId)?.casusregisseur ?? null)),
    };
  }
}
