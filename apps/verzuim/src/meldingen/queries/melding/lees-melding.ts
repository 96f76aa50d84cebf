import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Claims } from '@sluitend/auth';
import type { MeldingMetStappen } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { MeldingenRepository } from '../../database/meldingen.repository';
import { rolVan } from '../../domain/melding-rol';
import { MeldingFout } from '../../domain/meldingen.errors';

export type LeesMeldingQuery = { input: { meldingId: string }; actor: Claims };

/** Use case: one melding with its steps, for the school that filed it or its behandelaar (the read logged); 404 for anyone else. */
@Injectable()
export class LeesMelding {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meldingen: MeldingenRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor }: LeesMeldingQuery): Promise<MeldingMetStappen> {
    const melding = await this.meldingen.metStappen(this.dataSource, input.meldingId);
    if (!melding || !rolVan(actor.org, melding)) throw MeldingFout.nietGevonden(input.meldingId);
    await this.meldingen.logInzage(this.dataSource, {
      gebruiker: actor.sub,
      organisatie: `${actor.org.type}:${actor.org.code}`,
      meldingIds: [melding.id],
      op: this.clock.now(),
    });
    return melding;
  }
}
