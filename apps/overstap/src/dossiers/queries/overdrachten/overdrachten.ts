import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertOrgType, Claims } from '@sluitend/auth';
import type { DossierOverdrachten, DossierOverdrachtStatus } from '@sluitend/contracts';
import { DossiersRepository, OverdrachtBereik } from '../../database/dossiers.repository';
import { overdrachtVoor, positieBijOverdracht } from '../../domain/overdracht';

export type ZoekOverdrachtenQuery = { input: { status?: DossierOverdrachtStatus }; actor: Claims };

/**
 * The transfer requests in the caller's reach, newest first: a school sees the requests for the students it holds
 * and its own requests (without the holder, ADR 0020); an RMC those of its region's students; ops all.
 */
@Injectable()
export class ZoekOverdrachten {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dossiers: DossiersRepository,
  ) {}

  async execute({ input, actor }: ZoekOverdrachtenQuery): Promise<DossierOverdrachten> {
    assertOrgType(actor, ['vo-school', 'rmc-regio', 'ops']);
    const bereik: OverdrachtBereik =
      actor.org.type === 'vo-school'
        ? { soort: 'school', brin: actor.org.code }
        : actor.org.type === 'rmc-regio'
          ? { soort: 'rmc', regio: actor.org.code }
          : { soort: 'ops' };
    const rijen = await this.dossiers.zoekOverdrachten(this.dataSource, bereik, input.status);
    return { overdrachten: rijen.map((rij) => overdrachtVoor(positieBijOverdracht(actor, rij), rij)) };
  }
}
