import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CasusRegelsOverzicht, ZetCasusRegelsInvoer } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { Command } from '../../../shared/command';
import { eisRegioBeheer } from '../../../toegang/domain/casus-toegang';
import { CasusRegelsBron } from '../../database/casus-regels.bron';
import { SignalenRepository } from '../../database/signalen.repository';
import { afwijkingenVanStandaard, stelCasusRegelsVast } from '../../domain/casus-regels';

export type ZetCasusRegelsCommand = Command<{ rmcRegio: string; regels: ZetCasusRegelsInvoer['regels'] }>;

/**
 * Use case: the region's coordinator sets which signal kinds open a case and which only attach — the whole table at
 * once; kinds left out return to the default. Every bad line is reported at once (nothing stored); only the lines
 * that differ from the default are stored. Applies to the next signal.
 */
@Injectable()
export class ZetCasusRegels {
  constructor(
    private readonly dataSource: DataSource,
    private readonly signalen: SignalenRepository,
    private readonly bron: CasusRegelsBron,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor }: ZetCasusRegelsCommand): Promise<CasusRegelsOverzicht> {
    eisRegioBeheer(actor, input.rmcRegio);
    const tabel = stelCasusRegelsVast(input.regels);
    await this.dataSource.transaction((manager) =>
      this.signalen.vervang(manager, input.rmcRegio, afwijkingenVanStandaard(tabel), actor.sub, this.clock.now()),
    );
    return this.overzicht(input.rmcRegio);
  }

  private async overzicht(rmcRegio: string): Promise<CasusRegelsOverzicht> {
    const overzicht = await this.bron.overzicht(this.dataSource, rmcRegio);
    return { rmcRegio, regels: [...overzicht.regels] };
  }
}
