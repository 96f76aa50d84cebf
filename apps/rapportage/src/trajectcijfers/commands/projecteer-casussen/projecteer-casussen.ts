import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '@sluitend/persistence';
import { TrajectcijfersRepository } from '../../database/trajectcijfers.repository';
import { CasusGebeurtenis, casusrijen } from '../../domain/casusprojectie';

export type ProjecteerCasussenCommand = {
  /** trajecten's case events in log order (one chunk); the inbox has already dropped the event ids applied before. */
  input: { events: readonly CasusGebeurtenis[] };
  correlationId: string;
};

/**
 * Use case: project trajecten's case events (opened, status changed, closed with an outcome and timeliness, merged)
 * into trajecten_casus. Started by those events in the inbox transaction that records them (`tx`), and by the rebuild.
 */
@Injectable()
export class ProjecteerCasussen {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: TrajectcijfersRepository,
  ) {}

  async execute(command: ProjecteerCasussenCommand, tx?: EntityManager): Promise<{ casussen: number }> {
    const rijen = casusrijen(command.input.events);
    await inTransaction(this.dataSource, tx, (manager) => this.repository.projecteer(manager, rijen));
    return { casussen: rijen.length };
  }
}
