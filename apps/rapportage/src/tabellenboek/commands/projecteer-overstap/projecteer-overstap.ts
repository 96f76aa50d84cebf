import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '@sluitend/persistence';
import { TabellenboekRepository } from '../../database/tabellenboek.repository';
import { OverstapGebeurtenis, projectiewerk } from '../../domain/overstapprojectie';

export type ProjecteerOverstapCommand = {
  /** overstap events in log order (one chunk); the inbox has already dropped the event ids applied before. */
  input: { events: readonly OverstapGebeurtenis[] };
  correlationId: string;
};

export type ProjecteerOverstapResultaat = { verwerkt: number; zonderJongere: number };

/**
 * Use case: project overstap's events (dossier versions, aanmeldingen and their statuses, inschrijvingen and their
 * endings, signals) into the tabellenboek's read model. Started by those events inside the inbox transaction that
 * records them (`tx`), and by the rebuild, which replays the event log into a fresh schema.
 */
@Injectable()
export class ProjecteerOverstap {
  private readonly logger = new Logger(ProjecteerOverstap.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly tabellenboek: TabellenboekRepository,
  ) {}

  async execute(command: ProjecteerOverstapCommand, tx?: EntityManager): Promise<ProjecteerOverstapResultaat> {
    const werk = projectiewerk(command.input.events);
    await inTransaction(this.dataSource, tx, (manager) => this.tabellenboek.projecteer(manager, werk));
    if (werk.zonderJongere > 0) {
      this.logger.warn({ msg: 'overstap events without jongere id not projected', aantal: werk.zonderJongere, correlationId: command.correlationId });
    }
    return { verwerkt: command.input.events.length, zonderJongere: werk.zonderJongere };
  }
}
