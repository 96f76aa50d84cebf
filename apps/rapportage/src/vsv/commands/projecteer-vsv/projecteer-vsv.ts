import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '@sluitend/persistence';
import { VsvRepository } from '../../database/vsv.repository';
import { VsvGebeurtenis, vsvProjectiewerk } from '../../domain/vsvprojectie';

export type ProjecteerVsvCommand = {
  /** overstap's inschrijving and dossier events in log order (one chunk); the inbox has dropped those applied before. */
  input: { events: readonly VsvGebeurtenis[] };
  correlationId: string;
};

/**
 * Use case: project overstap's inschrijving and dossier events into the VSV projection. Started by those events in the
 * inbox transaction that records them (`tx`; the tabellenboek's and the dossiers' adapters hand them on, one handler
 * per event type), and by the rebuild.
 */
@Injectable()
export class ProjecteerVsv {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: VsvRepository,
  ) {}

  async execute(command: ProjecteerVsvCommand, tx?: EntityManager): Promise<{ verwerkt: number }> {
    const werk = vsvProjectiewerk(command.input.events);
    await inTransaction(this.dataSource, tx, (manager) => this.repository.projecteer(manager, werk));
    return { verwerkt: command.input.events.length - werk.zonderJongere };
  }
}
