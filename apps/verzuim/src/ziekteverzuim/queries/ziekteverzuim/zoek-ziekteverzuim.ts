import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Claims } from '@sluitend/auth';
import type { ZiekteverzuimSignalen } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { ZiekteverzuimRepository } from '../../database/ziekteverzuim.repository';
import { ziekteverzuimBereik } from '../../domain/ziekteverzuim-inzage';

export type ZoekZiekteverzuimQuery = { input: { limiet: number; metVervallen: boolean }; actor: Claims };

/**
 * Use case: the M@ZL signals a caller may read, newest first — the jeugdarts of a GGD those of the gemeente it serves
 * (the woongemeente, not where the school is), a school its own students'. Others: 403. Every read is logged
 * (ziekteverzuim_inzage).
 */
@Injectable()
export class ZoekZiekteverzuim {
  constructor(
    private readonly dataSource: DataSource,
    private readonly signalen: ZiekteverzuimRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor }: ZoekZiekteverzuimQuery): Promise<ZiekteverzuimSignalen> {
    const signalen = await this.signalen.zoek(this.dataSource, ziekteverzuimBereik(actor.org), input);
    await this.signalen.logInzage(this.dataSource, {
      gebruiker: actor.sub,
      organisatie: `${actor.org.type}:${actor.org.code}`,
      signaalIds: signalen.map((s) => s.id),
      op: this.clock.now(),
    });
    return { signalen };
  }
}
