import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '@sluitend/persistence';
import { TabellenboekRepository } from '../../database/tabellenboek.repository';

export type VoegPersonenSamenCommand = { input: { koppelingen: ReadonlyArray<{ van: string; naar: string }> }; correlationId: string };

/**
 * Use case (overstap.persoon.gekoppeld): the student known by an onderwijsnummer (`van`) is the student of the BSN
 * (`naar`); the projections re-key `van` to `naar`, in log order, so the tabellenboek counts one student (a dossier under
 * the BSN and an inschrijving under the onderwijsnummer are then "ingeschreven"). In the inbox transaction, and in the
 * rebuild's replay of the log.
 */
@Injectable()
export class VoegPersonenSamen {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tabellenboek: TabellenboekRepository,
  ) {}

  async execute({ input }: VoegPersonenSamenCommand, tx?: EntityManager): Promise<void> {
    await inTransaction(this.dataSource, tx, async (manager) => {
      for (const { van, naar } of input.koppelingen) await this.tabellenboek.herkoppel(manager, van, naar);
    });
  }
}
