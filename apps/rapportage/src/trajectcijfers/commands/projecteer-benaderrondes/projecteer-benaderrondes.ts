import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '@sluitend/persistence';
import { RondesEnProgrammasRepository } from '../../database/rondes-en-programmas.repository';
import { RondeGebeurtenis, benaderronderijen } from '../../domain/rondeprojectie';

export type ProjecteerBenaderrondesCommand = {
  /** trajecten.benaderronde.afgesloten events (one chunk); the inbox has already dropped the event ids applied before. */
  input: { events: readonly RondeGebeurtenis[] };
  correlationId: string;
};

/**
 * Use case: project closed outreach rounds (their totals) into trajecten_benaderronde. Started by those events in the
 * inbox transaction that records them (`tx`), and by the rebuild.
 */
@Injectable()
export class ProjecteerBenaderrondes {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: RondesEnProgrammasRepository,
  ) {}

  async execute(command: ProjecteerBenaderrondesCommand, tx?: EntityManager): Promise<{ rondes: number }> {
    const rijen = benaderronderijen(command.input.events);
    await inTransaction(this.dataSource, tx, (manager) => this.repository.projecteerRondes(manager, rijen));
    return { rondes: rijen.length };
  }
}
