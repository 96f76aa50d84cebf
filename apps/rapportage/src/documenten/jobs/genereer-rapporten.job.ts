import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, CLOCK, startjaarVan } from '@sluitend/domain-nl';
import { DueWork, DueWorkJob } from '@sluitend/platform';
import { RAPPORTAGE_ENV, RapportageEnv } from '../../config/rapportage-env';
import { GenereerRapporten } from '../commands/genereer-rapporten/genereer-rapporten';
import { DocumentenRepository } from '../database/documenten.repository';
import { Generatiedagen, GeplandRapport, planningVanJaar, teplannen } from '../domain/rapportplanning';

export const RAPPORTEN_WERK = 'rapportage-geplande-rapporten';

export type Gegenereerd = { soort: string; schooljaar: string; documenten: number };

/**
 * Generates the yearly documents on the platform's sweeper: the tabellenboek per school and the effectrapportage per
 * region on their configured day. Each generation is a planning row claimed FOR UPDATE SKIP LOCKED, generated and
 * marked in that transaction — two replicas never generate one together; the documents' unique key keeps each single.
 * The planning rows are written when the service starts (this year's and next year's) and, after each generation,
 * the same kind's of the year after: the claim itself only reads and locks.
 */
@Injectable()
@DueWorkJob()
export class GenereerRapportenJob implements DueWork<GeplandRapport, Gegenereerd>, OnApplicationBootstrap {
  readonly name = RAPPORTEN_WERK;
  readonly mode = 'transaction';
  readonly batchSize = 1;
  private readonly dagen: Generatiedagen;

  constructor(
    private readonly documenten: DocumentenRepository,
    private readonly genereerRapporten: GenereerRapporten,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RAPPORTAGE_ENV) env: RapportageEnv,
  ) {
    this.dagen = { tabellenboek: env.TABELLENBOEK_GENEREREN_OP, effectrapportage: env.EFFECTRAPPORTAGE_GENEREREN_OP };
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.documenten.plan(this.dataSource, teplannen(this.clock.now(), this.dagen));
  }

  claim(manager: EntityManager, now: Date, limit: number): Promise<GeplandRapport[]> {
    return this.documenten.claim(manager, now, limit);
  }

  async apply(claimed: GeplandRapport[], { manager, now }: { manager: EntityManager | null; now: Date }): Promise<Gegenereerd> {
    const [gepland] = claimed;
    const tx = manager as EntityManager;
    const documenten = await this.genereerRapporten.execute(
      { input: { ...gepland, op: now }, correlationId: `rapportplanning:${gepland.soort}:${gepland.schooljaar}` },
      tx,
    );
    await this.documenten.markeer(tx, gepland, now);
    const volgendJaar = planningVanJaar(startjaarVan(gepland.schooljaar) + 2, this.dagen).filter((g) => g.soort === gepland.soort);
    await this.documenten.plan(tx, volgendJaar);
    return { soort: gepland.soort, schooljaar: gepland.schooljaar, documenten };
  }

  nextDueAt(manager: EntityManager): Promise<Date | null> {
    return this.documenten.volgende(manager);
  }

  countDue(manager: EntityManager, now: Date): Promise<number> {
    return this.documenten.aantalDue(manager, now);
  }

  report(outcomes: Gegenereerd[]): Gegenereerd[] {
    return outcomes;
  }
}
