import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { DossierIngediendPayload } from '@sluitend/contracts';
import { inTransaction } from '@sluitend/persistence';
import { DossiersRepository } from '../../database/dossiers.repository';
import { nieuwsteVersiePerDossier } from '../../domain/nieuwste-versie';

export type ProjecteerDossierCommand = {
  /** Submissions in log order (overstap.dossier.ingediend payloads); several may concern one dossier. */
  input: { ingediend: readonly DossierIngediendPayload[] };
  correlationId: string;
};

export type ProjecteerDossierResultaat = {
  /** The dossiers whose projected row was inserted or replaced by a newer version. */
  geprojecteerd: string[];
};

/**
 * Use case: project submitted dossiers into rapportage's read model. The newest version of each dossier wins; an
 * older or equal version than the stored one changes nothing, so applying a submission again is harmless. Started by
 * overstap.dossier.ingediend, inside the inbox transaction that records the events (`tx`).
 */
@Injectable()
export class ProjecteerDossier {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dossiers: DossiersRepository,
  ) {}

  async execute(command: ProjecteerDossierCommand, tx?: EntityManager): Promise<ProjecteerDossierResultaat> {
    const nieuwste = nieuwsteVersiePerDossier(command.input.ingediend);
    const geprojecteerd = await inTransaction(this.dataSource, tx, (manager) => this.dossiers.projecteer(manager, nieuwste));
    return { geprojecteerd };
  }
}
