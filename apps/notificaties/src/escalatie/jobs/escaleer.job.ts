import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NewEvent, OutboxWriter } from '@sluitend/messaging';
import { newCorrelationId } from '@sluitend/observability';
import { DueWork, DueWorkJob } from '@sluitend/platform';
import { alertEventBasis } from '../../alerts/domain/alert-event';
import { PlanBezorgingen } from '../../bezorging/commands/plan-bezorgingen/plan-bezorgingen';
import { JOBS } from '../../shared/jobs';
import { EscalatieRepository, VerlopenAlert } from '../database/escalatie.repository';

const BATCH = 500;

/**
 * Escalation (transaction mode on the platform's sweeper): an alert still nieuw or gezien at its escaleren_op goes to
 * the coordinator of the woonregio — a new alert in the RMC-regio's inbox (ontvanger rmc-coordinator), an e-mail or
 * webhook call per its channels, and notificaties.alert.geescaleerd. The deadline is the alert row; firing marks it
 * geescaleerd in the same transaction and the escalation alert has a unique key, so it fires exactly once across
 * replicas, restarts and demo clock jumps. pg-boss only wakes the sweep.
 */
@Injectable()
@DueWorkJob()
export class EscaleerJob implements DueWork<VerlopenAlert, number> {
  readonly name = JOBS.escalatie;
  readonly mode = 'transaction';
  readonly batchSize = BATCH;
  readonly pollingIntervalSeconds = 2;
  private readonly logger = new Logger(EscaleerJob.name);

  constructor(
    private readonly escalaties: EscalatieRepository,
    private readonly outbox: OutboxWriter,
    private readonly planBezorgingen: PlanBezorgingen,
  ) {}

  claim(manager: EntityManager, now: Date, limit: number): Promise<VerlopenAlert[]> {
    return this.escalaties.claimVerlopen(manager, now, limit);
  }

  nextDueAt(manager: EntityManager): Promise<Date | null> {
    return this.escalaties.volgendeEscalatie(manager);
  }

  report(outcomes: number[]): Array<Record<string, unknown>> {
    const alerts = outcomes.reduce((sum, n) => sum + n, 0);
    return alerts > 0 ? [{ werk: 'escalatie', alerts }] : [];
  }

  async apply(verlopen: VerlopenAlert[], at: { manager: EntityManager | null; now: Date }): Promise<number> {
    const manager = at.manager;
    if (!manager) throw new Error(`${this.name} runs in the sweeper's transaction`);
    const { now } = at;
    const nieuw = await this.escalaties.escaleer(
      manager,
      verlopen.map((alert) => alert.id),
      now,
    );
    const perId = new Map(verlopen.map((alert) => [alert.id, alert]));
    await this.outbox.append(
      manager,
      nieuw.flatMap((escalatie): Array<NewEvent<'notificaties.alert.geescaleerd'>> => {
        const alert = perId.get(escalatie.escalatie_van);
        if (!alert?.context.rmcRegio) return [];
        return [
          {
            type: 'notificaties.alert.geescaleerd',
            jongereId: alert.jongereId,
            aggregateId: alert.id,
            context: alert.context,
            // The signal's own correlation id (alerts made before it was kept: a new one, never the signal's key).
            correlationId: alert.correlationId ?? newCorrelationId(),
            causationId: alert.signaalEventId,
            payload: {
              ...alertEventBasis(alert),
              escalatieAlertId: escalatie.id,
              coordinator: { type: 'rmc-regio', code: alert.context.rmcRegio },
              geescaleerdOp: now.toISOString(),
            },
          },
        ];
      }),
    );
    await this.planBezorgingen.execute(
      { input: { alertIds: nieuw.map((escalatie) => escalatie.id), soort: 'escalatie' }, correlationId: newCorrelationId() },
      manager,
    );
    this.logger.log(`${verlopen.length} alert(s) geëscaleerd`);
    return verlopen.length;
  }
}
