import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Claims } from '@sluitend/auth';
import type { Verzuimmeldingen } from '@sluitend/contracts';
import { Clock, CLOCK, DomainError } from '@sluitend/domain-nl';
import { MeldingenRepository, MeldingenScope } from '../../database/meldingen.repository';

export type ZoekMeldingenQuery = { input: { limiet: number }; actor: Claims };

/**
 * Use case: the meldingen a caller may read, newest first — a school its own students', a gemeente (leerplicht) its
 * residents', an RMC-regio its region's RMC meldingen. Others: 403. Every read is logged (melding_inzage).
 */
@Injectable()
export class ZoekMeldingen {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meldingen: MeldingenRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor }: ZoekMeldingenQuery): Promise<Verzuimmeldingen> {
    const meldingen = await this.meldingen.zoek(this.dataSource, scope(actor), input.limiet);
    await this.meldingen.logInzage(this.dataSource, {
      gebruiker: actor.sub,
      organisatie: `${actor.org.type}:${actor.org.code}`,
      meldingIds: meldingen.map((m) => m.id),
      op: this.clock.now(),
    });
    return { meldingen };
  }
}

function scope(actor: Claims): MeldingenScope {
  switch (actor.org.type) {
    case 'vo-school':
    case 'mbo-instelling':
      return { soort: 'school', brin: actor.org.code };
    case 'gemeente':
      return { soort: 'gemeente', woongemeente: actor.org.code };
    case 'rmc-regio':
      return { soort: 'rmc', rmcRegio: actor.org.code };
    case 'ggd':
    case 'partner':
    case 'ops':
      throw DomainError.geenToegang('auth.organisation-type', `verzuimmeldingen zijn niet voor ${actor.org.type}`);
  }
}
