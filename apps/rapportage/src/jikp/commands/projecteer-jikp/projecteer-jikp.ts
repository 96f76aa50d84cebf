import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '@sluitend/persistence';
import { JikpRepository } from '../../database/jikp.repository';
import { JikpGebeurtenis, jikpProjectiewerk } from '../../domain/jikpprojectie';

export type ProjecteerJikpCommand = {
  /** trajecten's closed cases and overstap's person links in log order (one chunk); the inbox dropped repeats. */
  input: { events: readonly JikpGebeurtenis[] };
  correlationId: string;
};

/**
 * Use case: project closed cases (outcome, income class) and person links into the JiKP projection. Started in the
 * inbox transaction of those events (the case and link adapters hand them on, one handler per event type), and by the
 * rebuild.
 */
@Injectable()
export class ProjecteerJikp {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: JikpRepository,
  ) {}

  async execute(command: ProjecteerJikpCommand, tx?: EntityManager): Promise<{ verwerkt: number }> {
    const werk = jikpProjectiewerk(command.input.events);
    await inTransaction(this.dataSource, tx, (manager) => this.repository.projecteer(manager, werk));
    return { verwerkt: command.input.events.length - werk.zonderJongere };
  }
}
