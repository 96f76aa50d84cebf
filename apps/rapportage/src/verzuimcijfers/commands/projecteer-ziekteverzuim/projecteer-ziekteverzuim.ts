import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '@sluitend/persistence';
import { ZiekteverzuimRepository } from '../../database/ziekteverzuim.repository';
import { ZiekteverzuimGebeurtenis, ziekteverzuimrijen } from '../../domain/ziekteverzuimprojectie';

export type ProjecteerZiekteverzuimCommand = {
  /** verzuim's M@ZL events in log order (one chunk); the inbox has already dropped the event ids applied before. */
  input: { events: readonly ZiekteverzuimGebeurtenis[] };
  correlationId: string;
};

/**
 * Use case: project verzuim's M@ZL events (zorgwekkend ziekteverzuim raised, withdrawn) into ziekteverzuim_signaal and
 * its counts. Started by those events in the inbox transaction that records them (`tx`), and by the rebuild.
 */
@Injectable()
export class ProjecteerZiekteverzuim {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ZiekteverzuimRepository,
  ) {}

  async execute(command: ProjecteerZiekteverzuimCommand, tx?: EntityManager): Promise<{ signalen: number }> {
    const rijen = ziekteverzuimrijen(command.input.events);
    await inTransaction(this.dataSource, tx, (manager) => this.repository.projecteer(manager, rijen));
    return { signalen: rijen.length };
  }
}
