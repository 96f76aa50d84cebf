import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '@sluitend/persistence';
import { RondesEnProgrammasRepository } from '../../database/rondes-en-programmas.repository';
import { DeelnameGebeurtenis, deelnamerijen } from '../../domain/deelnameprojectie';

export type ProjecteerProgrammadeelnamesCommand = {
  /** trajecten's participation events in log order (one chunk); the inbox has already dropped the event ids applied before. */
  input: { events: readonly DeelnameGebeurtenis[] };
  correlationId: string;
};

/**
 * Use case: project programme participations (start; end with the result) into trajecten_programmadeelname. Started
 * by those events in the inbox transaction that records them (`tx`), and by the rebuild.
 */
@Injectable()
export class ProjecteerProgrammadeelnames {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: RondesEnProgrammasRepository,
  ) {}

  async execute(command: ProjecteerProgrammadeelnamesCommand, tx?: EntityManager): Promise<{ deelnames: number }> {
    const rijen = deelnamerijen(command.input.events);
    await inTransaction(this.dataSource, tx, (manager) => this.repository.projecteerDeelnames(manager, rijen));
    return { deelnames: rijen.length };
  }
}
