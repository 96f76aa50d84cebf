import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Claims } from '@sluitend/auth';
import type { MeldingMetStappen } from '@sluitend/contracts';
import { MeldingenRepository } from '../../database/meldingen.repository';
import { rolVan } from '../../domain/melding-rol';
import { MeldingFout } from '../../domain/meldingen.errors';

export type LeesMeldingQuery = { input: { meldingId: string }; actor: Claims };

/** Use case: one melding with its steps, for the school that filed it or its behandelaar; 404 for anyone else. */
@Injectable()
export class LeesMelding {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meldingen: MeldingenRepository,
  ) {}

  async execute({ input, actor }: LeesMeldingQuery): Promise<MeldingMetStappen> {
    const melding = await this.meldingen.metStappen(this.dataSource, input.meldingId);
    if (!melding || !rolVan(actor.org, melding)) throw MeldingFout.nietGevonden(input.meldingId);
    return melding;
  }
}
