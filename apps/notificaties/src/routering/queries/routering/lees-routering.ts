import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertActsFor } from '@sluitend/auth';
import { RegioRouteringOverzicht } from '@sluitend/contracts';
import { Command } from '../../../shared/command';
import { RegioRegelsBron } from '../../database/regio-regels.bron';
import { routeringOverzicht } from '../../domain/routering-overzicht';

export type LeesRouteringCommand = Command<{ rmcRegio: string }>;

/** Use case: a region's routing rules per signal type (its own, else the default). An RMC-regio reads its own; ops reads any. */
@Injectable()
export class LeesRoutering {
  constructor(
    private readonly dataSource: DataSource,
    private readonly regioRegels: RegioRegelsBron,
  ) {}

  async execute({ input, actor }: LeesRouteringCommand): Promise<RegioRouteringOverzicht> {
    if (actor.org.type !== 'ops') assertActsFor(actor, 'rmc-regio', input.rmcRegio);
    return routeringOverzicht(input.rmcRegio, await this.regioRegels.regels(this.dataSource));
  }
}
