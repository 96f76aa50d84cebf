import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Claims } from '@sluitend/auth';
import type { Verlofaanvragen } from '@sluitend/contracts';
import { DomainError } from '@sluitend/domain-nl';
import { VerlofRepository, VerlofScope } from '../../database/verlof.repository';

export type ZoekVerlofaanvragenQuery = { input: { limiet: number }; actor: Claims };

/**
 * Use case: the verlof requests a caller may read, newest first — a school its own students'; a gemeente (leerplicht)
 * its residents' requests that are its to decide (beyond 10 school days). Others: 403.
 */
@Injectable()
export class ZoekVerlofaanvragen {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verlof: VerlofRepository,
  ) {}

  async execute({ input, actor }: ZoekVerlofaanvragenQuery): Promise<Verlofaanvragen> {
    return { aanvragen: await this.verlof.zoek(this.dataSource, scope(actor), input.limiet) };
  }
}

function scope(actor: Claims): VerlofScope {
  switch (actor.org.type) {
    case 'vo-school':
    case 'mbo-instelling':
      return { soort: 'school', brin: actor.org.code };
    case 'gemeente':
      return { soort: 'leerplicht', woongemeente: actor.org.code };
    case 'rmc-regio':
    case 'partner':
    case 'ggd':
    case 'ops':
      throw DomainError.geenToegang('auth.organisation-type', `verlof is niet voor ${actor.org.type}`);
  }
}
