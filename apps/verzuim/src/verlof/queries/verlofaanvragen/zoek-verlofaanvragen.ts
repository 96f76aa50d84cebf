import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Claims } from '@sluitend/auth';
import type { Verlofaanvragen } from '@sluitend/contracts';
import { VerlofRepository } from '../../database/verlof.repository';
import { verlofScope } from '../../domain/verlof-scope';

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
    return { aanvragen: await this.verlof.zoek(this.dataSource, verlofScope(actor.org), input.limiet) };
  }
}
