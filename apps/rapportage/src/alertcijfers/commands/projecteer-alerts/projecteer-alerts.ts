import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '@sluitend/persistence';
import { AlertcijfersRepository } from '../../database/alertcijfers.repository';
import { AlertGebeurtenis, alertrijen } from '../../domain/alertprojectie';

export type ProjecteerAlertsCommand = {
  /** notificaties' alert events in log order (one chunk); the inbox has already dropped the event ids applied before. */
  input: { events: readonly AlertGebeurtenis[] };
  correlationId: string;
};

/**
 * Use case: project notificaties' alert events (created, picked up, handled, escalated) into notificaties_alert.
 * Started by those events in the inbox transaction that records them (`tx`), and by the rebuild.
 */
@Injectable()
export class ProjecteerAlerts {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: AlertcijfersRepository,
  ) {}

  async execute(command: ProjecteerAlertsCommand, tx?: EntityManager): Promise<{ alerts: number }> {
    const rijen = alertrijen(command.input.events);
    await inTransaction(this.dataSource, tx, (manager) => this.repository.projecteer(manager, rijen));
    return { alerts: rijen.length };
  }
}
