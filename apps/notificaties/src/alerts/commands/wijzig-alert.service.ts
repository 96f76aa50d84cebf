import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Claims } from '@sluitend/auth';
import { AlertStatus, AlertUitkomst } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { OutboxWriter } from '@sluitend/messaging';
import { updateReturning } from '@sluitend/persistence';
import { alertEventBasis } from '../alert-event-basis';
import { ALERT_KOLOMMEN, AlertRij, alertView, AlertView } from '../alert-view';
import { AlertActie, isHerhaaldGezien, magOvergaan, toegestaneActies } from '../domain/alert-overgang';
import { inboxVan } from '../inbox-eigenaar';

export type Wijziging =
  | { actie: 'gezien' }
  | { actie: 'opgepakt'; toegewezenAan?: { sub: string; naam: string }; toelichting?: string }
  | { actie: 'afgehandeld'; uitkomst: AlertUitkomst; toelichting?: string };

const NAAR: Record<AlertActie, AlertStatus> = { gezien: 'gezien', opgepakt: 'opgepakt', afgehandeld: 'afgehandeld' };

/**
 * Moves an alert of the caller's own organisation through its lifecycle, with a history line, and for opgepakt and
 * afgehandeld an event — one transaction, the alert row locked. Another organisation's alert is 404: its existence is
 * not revealed. A transition not allowed is 409 naming the allowed ones.
 */
@Injectable()
export class WijzigAlert {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(id: string, wijziging: Wijziging, user: Claims, correlationId: string): Promise<AlertView> {
    const inbox = inboxVan(user);
    return this.dataSource.transaction(async (manager) => {
      const [alert]: AlertRij[] = await manager.query(
        `SELECT ${ALERT_KOLOMMEN} FROM alert WHERE id = $1 AND org_type = $2 AND org_code = $3 FOR UPDATE`,
        [id, inbox.type, inbox.code],
      );
      if (!alert) throw new NotFoundException({ code: 'alert.niet-gevonden', detail: `geen alert ${id} in de inbox van ${inbox.type} ${inbox.code}` });
      if (isHerhaaldGezien(alert.status, wijziging.actie)) return alertView(alert);
      if (!magOvergaan(alert.status, wijziging.actie)) {
        const toegestaan = toegestaneActies(alert.status);
        throw new ConflictException({
          code: 'alert.overgang-niet-toegestaan',
          detail: `alert is ${alert.status}; ${wijziging.actie} kan niet. Toegestaan: ${toegestaan.length ? toegestaan.join(', ') : 'niets (afgehandeld is definitief)'}`,
          toegestaan,
        });
      }
      const updated = await this.apply(manager, alert, wijziging, user, correlationId);
      return alertView(updated);
    });
  }

  private async apply(manager: EntityManager, alert: AlertRij, wijziging: Wijziging, user: Claims, correlationId: string): Promise<AlertRij> {
    const now = this.clock.now();
    const naar = NAAR[wijziging.actie];
    const toegewezen = wijziging.actie === 'opgepakt' ? (wijziging.toegewezenAan ?? { sub: user.sub, naam: user.name }) : null;
    const [updated] = await updateReturning<AlertRij>(
      manager,
      `UPDATE alert SET status = $2, gewijzigd_op = $3,
         toegewezen_sub = coalesce($4, toegewezen_sub), toegewezen_naam = coalesce($5, toegewezen_naam), uitkomst = coalesce($6, uitkomst)
       WHERE id = $1 RETURNING ${ALERT_KOLOMMEN}`,
      [alert.id, naar, now, toegewezen?.sub ?? null, toegewezen?.naam ?? null, wijziging.actie === 'afgehandeld' ? wijziging.uitkomst : null],
    );
    const toelichting = wijziging.actie === 'gezien' ? null : (wijziging.toelichting ?? null);
    await manager.query(
      `INSERT INTO alert_historie (alert_id, actie, van_status, naar_status, door_sub, door_naam, toelichting, op)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [alert.id, toegewezen ? `opgepakt door ${toegewezen.naam}` : wijziging.actie, alert.status, naar, user.sub, user.name, toelichting, now],
    );
    const basis = alertEventBasis(alert);
    const event = { jongereId: alert.jongere_id, aggregateId: alert.id, context: alert.context, correlationId };
    if (wijziging.actie === 'opgepakt') {
      await this.outbox.append(manager, [{ ...event, type: 'notificaties.alert.opgepakt', payload: { ...basis, vanStatus: alert.status, opgepaktOp: now.toISOString() } }]);
    } else if (wijziging.actie === 'afgehandeld') {
      await this.outbox.append(manager, [
        { ...event, type: 'notificaties.alert.afgehandeld', payload: { ...basis, uitkomst: wijziging.uitkomst, afgehandeldOp: now.toISOString() } },
      ]);
    }
    return updated;
  }
}
