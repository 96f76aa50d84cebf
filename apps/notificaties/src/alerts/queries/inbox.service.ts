import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Claims } from '@sluitend/auth';
import { ALERT_STATUSSEN, AlertsQuery } from '@sluitend/contracts';
import { ALERT_KOLOMMEN, AlertRij, alertView } from '../alert-view';
import { inboxVan } from '../inbox-eigenaar';

/** The caller's organisation's inbox: alerts with filters and pages, counts per status, one alert with its history. */
@Injectable()
export class InboxService {
  constructor(private readonly dataSource: DataSource) {}

  async lijst(query: AlertsQuery, user: Claims) {
    const inbox = inboxVan(user);
    const where = ['org_type = $1', 'org_code = $2'];
    const params: unknown[] = [inbox.type, inbox.code];
    const filter = (clause: string, value: unknown) => {
      params.push(value);
      where.push(clause.replace('?', `$${params.length}`));
    };
    if (query.status) filter('status = ?', query.status);
    if (query.signaalType) filter('signaal_type = ?', query.signaalType);
    if (query.toegewezenAan) filter('toegewezen_sub = ?', query.toegewezenAan);
    if (query.geescaleerd) where.push(query.geescaleerd === 'ja' ? 'geescaleerd_op IS NOT NULL' : 'geescaleerd_op IS NULL');
    const [{ totaal }]: Array<{ totaal: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS totaal FROM alert WHERE ${where.join(' AND ')}`,
      params,
    );
    const rows: AlertRij[] = await this.dataSource.query(
      `SELECT ${ALERT_KOLOMMEN} FROM alert WHERE ${where.join(' AND ')}
       ORDER BY aangemaakt_op DESC, nummer DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.perPagina, (query.pagina - 1) * query.perPagina],
    );
    return { organisatie: inbox, totaal, pagina: query.pagina, perPagina: query.perPagina, alerts: rows.map(alertView) };
  }

  async tellingen(user: Claims) {
    const inbox = inboxVan(user);
    const rows: Array<{ status: string; aantal: number; geescaleerd: number }> = await this.dataSource.query(
      `SELECT status, count(*)::int AS aantal, count(geescaleerd_op)::int AS geescaleerd FROM alert
       WHERE org_type = $1 AND org_code = $2 GROUP BY status`,
      [inbox.type, inbox.code],
    );
    const perStatus = Object.fromEntries(ALERT_STATUSSEN.map((status) => [status, rows.find((row) => row.status === status)?.aantal ?? 0]));
    return {
      organisatie: inbox,
      totaal: rows.reduce((sum, row) => sum + row.aantal, 0),
      perStatus,
      geescaleerd: rows.reduce((sum, row) => sum + row.geescaleerd, 0),
    };
  }

  async een(id: string, user: Claims) {
    const inbox = inboxVan(user);
    const [row]: AlertRij[] = await this.dataSource.query(`SELECT ${ALERT_KOLOMMEN} FROM alert WHERE id = $1 AND org_type = $2 AND org_code = $3`, [
      id,
      inbox.type,
      inbox.code,
    ]);
    if (!row) throw new NotFoundException({ code: 'alert.niet-gevonden', detail: `geen alert ${id} in de inbox van ${inbox.type} ${inbox.code}` });
    const historie: Array<{ actie: string; van_status: string | null; naar_status: string; door_sub: string; door_naam: string; toelichting: string | null; op: Date }> =
      await this.dataSource.query(
        'SELECT actie, van_status, naar_status, door_sub, door_naam, toelichting, op FROM alert_historie WHERE alert_id = $1 ORDER BY id',
        [id],
      );
    return {
      ...alertView(row),
      historie: historie.map((h) => ({
        actie: h.actie,
        vanStatus: h.van_status,
        naarStatus: h.naar_status,
        door: { sub: h.door_sub, naam: h.door_naam },
        toelichting: h.toelichting,
        op: new Date(h.op).toISOString(),
      })),
    };
  }
}
