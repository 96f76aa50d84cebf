import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Claims } from '@sluitend/auth';
import { Alert, AlertStatus, AlertUitkomst, OrganisatieRef } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { OutboxWriter } from '@sluitend/messaging';
import { Command } from '../../../shared/command';
import { AlertsRepository } from '../../database/alerts.repository';
import { AlertGegevens } from '../../domain/alert';
import { alertEventBasis } from '../../domain/alert-event';
import { AlertActie, isHerhaaldGezien, magOvergaan, toegestaneActies } from '../../domain/alert-overgang';
import { alertView } from '../../domain/alert-view';
import { AlertErrors } from '../../domain/alerts.errors';
import { inboxVan } from '../../domain/inbox-eigenaar';

export type Wijziging =
  | { actie: 'gezien' }
  | { actie: 'opgepakt'; toegewezenAan?: { sub: string; naam: string }; toelichting?: string }
  | { actie: 'afgehandeld'; uitkomst: AlertUitkomst; toelichting?: string };

export type WijzigAlertCommand = Command<{ alertId: string; wijziging: Wijziging }>;

const NAAR: Record<AlertActie, AlertStatus> = { gezien: 'gezien', opgepakt: 'opgepakt', afgehandeld: 'afgehandeld' };

/**
 * Use case: moves an alert of the caller's own organisation through its lifecycle (alerts/domain/alert-overgang), with
 * a history line, and for opgepakt and afgehandeld an event — one transaction, the alert row locked. Another
 * organisation's alert is not found: its existence is not revealed. A transition not allowed is a conflict naming the
 * allowed ones; marking a seen alert gezien again changes nothing. An alert is assigned (opgepakt) to the caller, or to
 * a user known in the caller's organisation — one who worked in its inbox with a token of that organisation — under the
 * name their own token carried; anyone else is refused (issue 11 §6).
 */
@Injectable()
export class WijzigAlert {
  constructor(
    private readonly dataSource: DataSource,
    private readonly alerts: AlertsRepository,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor, correlationId }: WijzigAlertCommand): Promise<Alert> {
    const inbox = inboxVan(actor);
    const { alertId, wijziging } = input;
    return this.dataSource.transaction(async (manager) => {
      await this.alerts.registreerMedewerker(manager, inbox, { sub: actor.sub, naam: actor.name, op: this.clock.now() });
      const alert = await this.alerts.lockInInbox(manager, alertId, inbox);
      if (!alert) throw AlertErrors.nietGevonden(alertId, inbox);
      if (isHerhaaldGezien(alert.status, wijziging.actie)) return alertView(alert);
      if (!magOvergaan(alert.status, wijziging.actie))
        throw AlertErrors.overgangNietToegestaan(alert.status, wijziging.actie, toegestaneActies(alert.status));
      const toegewezenAan = wijziging.actie === 'opgepakt' ? await this.toewijzing(manager, inbox, wijziging.toegewezenAan, actor) : null;
      return alertView(await this.pasToe(manager, alert, wijziging, toegewezenAan, actor, correlationId));
    });
  }

  /** The assignee: the caller, or a user known in the caller's organisation under their own name; else refused. */
  private async toewijzing(
    manager: EntityManager,
    inbox: OrganisatieRef,
    gevraagd: { sub: string; naam: string } | undefined,
    actor: Claims,
  ): Promise<{ sub: string; naam: string }> {
    if (!gevraagd || gevraagd.sub === actor.sub) return { sub: actor.sub, naam: actor.name };
    const bekend = await this.alerts.medewerker(manager, inbox, gevraagd.sub);
    if (!bekend) throw AlertErrors.onbekendeMedewerker();
    return bekend;
  }

  private async pasToe(
    manager: EntityManager,
    alert: AlertGegevens,
    wijziging: Wijziging,
    toegewezenAan: { sub: string; naam: string } | null,
    actor: Claims,
    correlationId: string,
  ): Promise<AlertGegevens> {
    const now = this.clock.now();
    const naar = NAAR[wijziging.actie];
    const gewijzigd = await this.alerts.wijzig(manager, alert.id, {
      naar,
      op: now,
      toegewezenAan,
      uitkomst: wijziging.actie === 'afgehandeld' ? wijziging.uitkomst : null,
    });
    await this.alerts.schrijfHistorie(manager, alert.id, {
      actie: toegewezenAan ? `opgepakt door ${toegewezenAan.naam}` : wijziging.actie,
      vanStatus: alert.status,
      naarStatus: naar,
      door: { sub: actor.sub, naam: actor.name },
      toelichting: wijziging.actie === 'gezien' ? null : (wijziging.toelichting ?? null),
      op: now,
    });
    const basis = alertEventBasis(alert);
    const event = { jongereId: alert.jongereId, aggregateId: alert.id, context: alert.context, correlationId };
    if (wijziging.actie === 'opgepakt') {
      await this.outbox.append(manager, [
        { ...event, type: 'notificaties.alert.opgepakt', payload: { ...basis, vanStatus: alert.status, opgepaktOp: now.toISOString() } },
      ]);
    } else if (wijziging.actie === 'afgehandeld') {
      await this.outbox.append(manager, [
        { ...event, type: 'notificaties.alert.afgehandeld', payload: { ...basis, uitkomst: wijziging.uitkomst, afgehandeldOp: now.toISOString() } },
      ]);
    }
    return gewijzigd;
  }
}
