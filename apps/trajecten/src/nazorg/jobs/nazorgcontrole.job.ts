import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NewEvent, OutboxWriter } from '@sluitend/messaging';
import { newCorrelationId } from '@sluitend/observability';
import { DueWork, DueWorkJob } from '@sluitend/platform';
import { CasussenRepository } from '../../casussen/database/casussen.repository';
import { JOBS } from '../../shared/jobs';
import { Nazorgcontrole, NazorgRepository } from '../database/nazorg.repository';

/**
 * The nazorg check (transaction mode on the platform's sweeper): a due check fires — marked in the same transaction,
 * so once across replicas, restarts and demo clock jumps — with a history line on the case and
 * trajecten.casus.nazorgcontrole-nodig; from then on the case is on its casusregisseur's list (GET
 * /nazorgcontroles/:rmcRegio) until the result is recorded.
 */
@Injectable()
@DueWorkJob()
export class NazorgcontroleJob implements DueWork<Nazorgcontrole, number> {
  readonly name = JOBS.nazorgcontrole;
  readonly mode = 'transaction';
  readonly batchSize = 500;
  private readonly logger = new Logger(NazorgcontroleJob.name);

  constructor(
    private readonly nazorg: NazorgRepository,
    private readonly casussen: CasussenRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  claim(manager: EntityManager, now: Date, limit: number): Promise<Nazorgcontrole[]> {
    return this.nazorg.claimDue(manager, now, limit);
  }

  nextDueAt(manager: EntityManager): Promise<Date | null> {
    return this.nazorg.volgende(manager);
  }

  countDue(manager: EntityManager, now: Date): Promise<number> {
    return this.nazorg.telDue(manager, now);
  }

  report(outcomes: number[]): Array<Record<string, unknown>> {
    const gevuurd = outcomes.reduce((som, n) => som + n, 0);
    return gevuurd > 0 ? [{ werk: 'nazorgcontrole', gevuurd }] : [];
  }

  async apply(controles: Nazorgcontrole[], at: { manager: EntityManager | null; now: Date }): Promise<number> {
    const { manager, now } = at;
    if (!manager) throw new Error(`${this.name} runs in the sweeper's transaction`);
    // As the re-approach job: one update, one read of the cases and one insert of history lines per batch.
    const casusIds = controles.map((c) => c.casusId);
    await this.nazorg.markeerGevuurd(manager, casusIds, now);
    const casussen = await this.casussen.vanIds(manager, casusIds);
    const vuren = controles.flatMap((controle) => {
      const casus = casussen.get(controle.casusId);
      return casus ? [{ controle, casus }] : [];
    });
    await this.casussen.voegHistorieToe(
      manager,
      vuren.map(({ controle, casus }) => ({
        casusId: casus.id,
        actie: 'nazorgcontrole-nodig',
        vanStatus: null,
        naarStatus: null,
        door: null,
        op: now,
        toelichting: `nazorgcontrole aan de beurt (sinds ${controle.vanaf.toISOString().slice(0, 10)})`,
      })),
    );
    const events = vuren.map(({ controle, casus }): NewEvent<'trajecten.casus.nazorgcontrole-nodig'> => ({
      type: 'trajecten.casus.nazorgcontrole-nodig',
      jongereId: casus.jongereId,
      aggregateId: casus.id,
      context: { rmcRegio: casus.rmcRegio },
      correlationId: newCorrelationId(),
      payload: { casusId: casus.id, rmcRegio: casus.rmcRegio, vanaf: controle.vanaf.toISOString(), dueAt: controle.dueAt.toISOString() },
    }));
    await this.outbox.append(manager, events);
    if (events.length > 0) this.logger.log(`${events.length} nazorgcontrole(s) aan de beurt`);
    return events.length;
  }
}
