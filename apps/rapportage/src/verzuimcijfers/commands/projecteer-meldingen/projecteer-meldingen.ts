import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '@sluitend/persistence';
import { VerzuimcijfersRepository } from '../../database/verzuimcijfers.repository';
import { MeldingGebeurtenis, meldingrijen } from '../../domain/meldingprojectie';

export type ProjecteerMeldingenCommand = {
  /** verzuim's melding events in log order (one chunk); the inbox has already dropped the event ids applied before. */
  input: { events: readonly MeldingGebeurtenis[] };
  correlationId: string;
};

/**
 * Use case: project verzuim's melding events (for the leerplichtambtenaar, for the RMC, withdrawn, status changed) into
 * verzuim_melding. Started by those events in the inbox transaction that records them (`tx`), and by the rebuild.
 */
@Injectable()
export class ProjecteerMeldingen {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: VerzuimcijfersRepository,
  ) {}

  async execute(command: ProjecteerMeldingenCommand, tx?: EntityManager): Promise<{ meldingen: number }> {
    const rijen = meldingrijen(command.input.events);
    await inTransaction(this.dataSource, tx, (manager) => this.repository.projecteer(manager, rijen));
    return { meldingen: rijen.length };
  }
}
