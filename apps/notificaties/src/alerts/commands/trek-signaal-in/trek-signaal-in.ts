import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { NewEvent, OutboxWriter } from '@sluitend/messaging';
import { inTransaction } from '@sluitend/persistence';
import { SystemCommand } from '../../../shared/command';
import { AlertsRepository } from '../../database/alerts.repository';
import { alertEventBasis } from '../../domain/alert-event';

/**
 * A signal its source withdrew or settled: its signaalId (the alerts' sleutel), why in Dutch for the history line, and
 * the history's action (default `signaal ingetrokken`; `verlof besloten` when the decision settled the request).
 */
export type IngetrokkenSignaal = { signaalId: string; toelichting: string; actie?: string; eventId: string; correlationId: string };

export type TrekSignaalInCommand = SystemCommand<{ ingetrokken: readonly IngetrokkenSignaal[] }>;

/** Who closed the alert in its history: the source of the signal, not a person. */
const BRON = { sub: 'systeem:signaal-ingetrokken', naam: 'Sluitend (signaal ingetrokken door de bron)' };

/**
 * Use case: a signal withdrawn or settled at its source (verzuim.ziekteverzuim.ingetrokken: a correction of the absence
 * took away what the M@ZL signal counted; verzuim.verlof.besloten: the request was decided;
 * verzuim.melding.ingetrokken or a melding afgesloten / ter kennisgeving aangenomen: nothing is left to do for it) closes its alerts that are still open, in every inbox — afgehandeld with uitkomst
 * geen-actie-nodig, a history line saying why, and notificaties.alert.afgehandeld — in the inbox transaction. An alert
 * already afgehandeld keeps its own outcome; a withdrawal delivered twice, or of a signal without alerts, changes
 * nothing. Returns the number of alerts closed.
 */
@Injectable()
export class TrekSignaalIn {
  constructor(
    private readonly dataSource: DataSource,
    private readonly alerts: AlertsRepository,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: TrekSignaalInCommand, tx?: EntityManager): Promise<number> {
    return inTransaction(this.dataSource, tx, (manager) => this.trekIn(manager, command));
  }

  private async trekIn(manager: EntityManager, { input }: TrekSignaalInCommand): Promise<number> {
    const now = this.clock.now();
    let gesloten = 0;
    for (const signaal of input.ingetrokken) {
      for (const alert of await this.alerts.lockOpenVanSignaal(manager, signaal.signaalId)) {
        await this.alerts.wijzig(manager, alert.id, { naar: 'afgehandeld', op: now, toegewezenAan: null, uitkomst: 'geen-actie-nodig' });
        await this.alerts.schrijfHistorie(manager, alert.id, {
          actie: signaal.actie ?? 'signaal ingetrokken',
          vanStatus: alert.status,
          naarStatus: 'afgehandeld',
          door: BRON,
          toelichting: signaal.toelichting,
          op: now,
        });
        const event: NewEvent<'notificaties.alert.afgehandeld'> = {
          type: 'notificaties.alert.afgehandeld',
          jongereId: alert.jongereId,
          aggregateId: alert.id,
          context: alert.context,
          correlationId: signaal.correlationId,
          causationId: signaal.eventId,
          payload: { ...alertEventBasis(alert), uitkomst: 'geen-actie-nodig', afgehandeldOp: now.toISOString() },
        };
        await this.outbox.append(manager, [event]);
        gesloten += 1;
      }
    }
    return gesloten;
  }
}
