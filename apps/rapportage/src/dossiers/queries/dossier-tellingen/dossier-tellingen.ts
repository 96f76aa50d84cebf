import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Claims } from '@sluitend/auth';
import type { DossierTellingen, DossierTellingenQuery } from '@sluitend/contracts';
import { DossiersRepository } from '../../database/dossiers.repository';
import { dossierTellingen } from '../../domain/dossier-tellingen';
import { telScope } from '../../domain/tel-scope';

export type TelDossiersQuery = { input: DossierTellingenQuery; actor: Claims; correlationId: string };

/** Use case: dossier counts per school and per RMC-regio (of the woongemeente) for one schooljaar, scoped to the caller. */
@Injectable()
export class TelDossiers {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dossiers: DossiersRepository,
  ) {}

  async execute(query: TelDossiersQuery): Promise<DossierTellingen> {
    const scope = telScope(query.actor.org);
    const { schooljaar } = query.input;
    const [perSchool, perRmcRegio] = await Promise.all([
      this.dossiers.aantalPerSchool(this.dataSource, schooljaar, scope),
      this.dossiers.aantalPerRmcRegio(this.dataSource, schooljaar, scope),
    ]);
    return dossierTellingen(schooljaar, perSchool, perRmcRegio);
  }
}
