import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NewEvent, OutboxWriter } from '@sluitend/messaging';
import { newCorrelationId } from '@sluitend/observability';
import { DueWork, DueWorkJob } from '@sluitend/platform';
import { CasussenRepository } from '../../casussen/database/casussen.repository';
import { JOBS } from '../../shared/jobs';
import { OpgeslagenOverdracht, OverdrachtenRepository } from '../database/overdrachten.repository';
import { moetEscaleren } from '../domain/overdracht-escalatie';

/**
 * Escalation of a warm handover not accepted in time (transaction mode on the platform's sweeper): a proposal still
 * waiting at its escalation moment (N Dutch working days after it) gets a history line on the case and
 * trajecten.casus.overdracht-geescaleerd, for notificaties to escalate to the region's RMC. The row is marked in the
 * same transaction, so each handover escalates once across replicas, restarts and demo clock jumps.
 */
@Injectable()
@DueWorkJob()
export class OverdrachtEscalatieJob implements DueWork<OpgeslagenOverdracht, number> {
  readonly name = JOBS.overdrachtEscalatie;
  readonly mode = 'transaction';
  readonly batchSize = 200;
  private readonly logger = new Logger(OverdrachtEscalatieJob.name);

  constructor(
    private readonly overdrachten: OverdrachtenRepository,
    private readonly casussen: CasussenRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  claim(manager: EntityManager, now: Date, limit: number): Promise<OpgeslagenOverdracht[]> {
    return this.overdrachten.claimDue(manager, now, limit);
  }

  nextDueAt(manager: EntityManager): Promise<Date | null> {
    return this.overdrachten.volgende(manager);
  }

  countDue(manager: EntityManager, now: Date): Promise<number> {
    return this.overdrachten.telDue(manager, now);
  }

  report(outcomes: number[]): Array<Record<string, unknown>> {
    const geescaleerd = outcomes.reduce((som, n) => som + n, 0);
    return geescaleerd > 0 ? [{ werk: 'overdracht-escalatie', geescaleerd }] : [];
  }

  async apply(due: OpgeslagenOverdracht[], at: { manager: EntityManager | null; now: Date }): Promise<number> {
    const { manager, now } = at;
    if (!manager) throw new Error(`${this.name} runs in the sweeper's transaction`);
    const events: Array<NewEvent<'trajecten.casus.overdracht-geescaleerd'>> = [];
    for (const overdracht of due) {
      await this.overdrachten.markeerGeescaleerd(manager, overdracht.id, now);
      const casus = await this.casussen.vanId(manager, overdracht.casusId);
      if (!casus || !moetEscaleren(overdracht, now, overdracht.werkdagen)) continue;
      await this.casussen.voegHistorieToe(manager, [
        {
          casusId: casus.id,
          actie: 'overdracht-geescaleerd',
          vanStatus: null,
          naarStatus: null,
          door: null,
          op: now,
          toelichting: `niet geaccepteerd door ${overdracht.naar.code} binnen ${overdracht.werkdagen} werkdagen`,
        },
      ]);
      events.push({
        type: 'trajecten.casus.overdracht-geescaleerd',
        jongereId: casus.jongereId,
        aggregateId: casus.id,
        context: { rmcRegio: casus.rmcRegio },
        correlationId: newCorrelationId(),
        payload: {
          casusId: casus.id,
          overdrachtId: overdracht.id,
          rmcRegio: casus.rmcRegio,
          van: { ...overdracht.van },
          naar: { ...overdracht.naar },
          voorgesteldOp: overdracht.voorgesteldOp.toISOString(),
          escalatieOp: overdracht.escalatieOp.toISOString(),
          werkdagen: overdracht.werkdagen,
        },
      });
    }
    await this.outbox.append(manager, events);
    if (events.length > 0) this.logger.log(`${events.length} overdracht(en) geëscaleerd`);
    return events.length;
  }
}
