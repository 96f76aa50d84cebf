import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Claims } from '@sluitend/auth';
import type { ZiekteverzuimSignaal } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { ZiekteverzuimRepository } from '../../database/ziekteverzuim.repository';
import { binnenBereik, ziekteverzuimBereik } from '../../domain/ziekteverzuim-inzage';
import { ZiekteverzuimFout } from '../../domain/ziekteverzuim.errors';

export type LeesZiekteverzuimSignaalQuery = { input: { signaalId: string }; actor: Claims };

/** Use case: one M@ZL signal for the jeugdarts of its woongemeente or its school (the read logged); 404 for anyone else. */
@Injectable()
export class LeesZiekteverzuimSignaal {
  constructor(
    private readonly dataSource: DataSource,
    private readonly signalen: ZiekteverzuimRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor }: LeesZiekteverzuimSignaalQuery): Promise<ZiekteverzuimSignaal> {
    const bereik = ziekteverzuimBereik(actor.org);
    const signaal = await this.signalen.een(this.dataSource, input.signaalId);
    if (!signaal || !binnenBereik(bereik, signaal)) throw ZiekteverzuimFout.nietGevonden(input.signaalId);
    await this.signalen.logInzage(this.dataSource, {
      gebruiker: actor.sub,
      organisatie: `${actor.org.type}:${actor.org.code}`,
      signaalIds: [signaal.id],
      op: this.clock.now(),
    });
    return signaal;
  }
}
