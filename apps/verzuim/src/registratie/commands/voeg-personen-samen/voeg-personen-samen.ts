import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { inTransaction } from '@sluitend/persistence';
import { KoppelingenRepository } from '../../database/koppelingen.repository';

export type VoegPersonenSamenCommand = { input: { koppelingen: ReadonlyArray<{ van: string; naar: string }> }; correlationId: string };

/**
 * Use case (overstap.persoon.gekoppeld): the student known by an onderwijsnummer (`van`) is the student of the BSN
 * (`naar`). verzuim re-keys the student's enrolments, absence history, meldingen and M@ZL signals from `van` to
 * `naar`, in log order, so from now on they count as one student's. In the caller's transaction (the inbox's), so the
 * merge happens exactly once.
 */
@Injectable()
export class VoegPersonenSamen {
  constructor(
    private readonly dataSource: DataSource,
    private readonly koppelingen: KoppelingenRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input }: VoegPersonenSamenCommand, tx?: EntityManager): Promise<void> {
    await inTransaction(this.dataSource, tx, async (manager) => {
      for (const { van, naar } of input.koppelingen) await this.koppelingen.herkoppel(manager, van, naar, this.clock.now());
    });
  }
}
