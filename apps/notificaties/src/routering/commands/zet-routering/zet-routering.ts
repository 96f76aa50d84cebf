import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertActsFor } from '@sluitend/auth';
import { RegioRoutering, RegioRouteringOverzicht } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { Command } from '../../../shared/command';
import { RegioRegelsBron } from '../../database/regio-regels.bron';
import { RouteringRepository } from '../../database/routering.repository';
import { routeringOverzicht } from '../../domain/routering-overzicht';

export type ZetRouteringCommand = Command<{ rmcRegio: string; routering: RegioRoutering }>;

/**
 * Use case: an RMC-regio's coordinator or beheerder sets who hears of its residents' signals — the whole set at once;
 * signal types left out return to the default. Applies at once in this replica, within 5 s in the others.
 */
@Injectable()
export class ZetRoutering {
  constructor(
    private readonly dataSource: DataSource,
    private readonly routering: RouteringRepository,
    private readonly regioRegels: RegioRegelsBron,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor }: ZetRouteringCommand): Promise<RegioRouteringOverzicht> {
    assertActsFor(actor, 'rmc-regio', input.rmcRegio, ['rmc-coordinator', 'beheerder']);
    await this.dataSource.transaction((manager) =>
      this.routering.vervangRegels(manager, input.rmcRegio, input.routering.regels, actor.sub, this.clock.now()),
    );
    this.regioRegels.vergeet();
    return routeringOverzicht(input.rmcRegio, await this.regioRegels.regels(this.dataSource));
  }
}
