import { randomBytes } from 'node:crypto';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrganisatieRef, Voorkeuren } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { updateReturning } from '@sluitend/persistence';
import { QUEUES } from '../../scheduling/jobs';
import { DueWorkSweeper } from '@sluitend/platform';

/** An organisation's channels: e-mail preferences, its webhook, and the log of what was delivered. */
@Injectable()
export class KanalenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: DueWorkSweeper,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async voorkeuren(org: OrganisatieRef) {
    const [row]: Array<{ email_adressen: string[]; coordinator_email_adressen: string[]; modus: string }> = await this.dataSource.query(
      'SELECT email_adressen, coordinator_email_adressen, modus FROM organisatie_voorkeur WHERE org_type = $1 AND org_code = $2',
      [org.type, org.code],
    );
    const [webhook]: Array<{ url: string; actief: boolean; opeenvolgende_fouten: number; uitgeschakeld_op: Date | null }> = await this.dataSource.query(
      'SELECT url, actief, opeenvolgende_fouten, uitgeschakeld_op FROM webhook WHERE org_type = $1 AND org_code = $2',
      [org.type, org.code],
    );
    return {
      organisatie: org,
      emailAdressen: row?.email_adressen ?? [],
      coordinatorEmailAdressen: row?.coordinator_email_adressen ?? [],
      modus: row?.modus ?? 'direct',
      webhook: webhook
        ? { url: webhook.url, actief: webhook.actief, opeenvolgendeFouten: webhook.opeenvolgende_fouten, uitgeschakeldOp: webhook.uitgeschakeld_op?.toISOString() ?? null }
        : null,
    };
  }

  async zetVoorkeuren(org: OrganisatieRef, voorkeuren: Voorkeuren) {
    await this.dataSource.query(
      `INSERT INTO organisatie_voorkeur (org_type, org_code, email_adressen, coordinator_email_adressen, modus, gewijzigd_op)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (org_type, org_code) DO UPDATE SET email_adressen = EXCLUDED.email_adressen,
         coordinator_email_adressen = EXCLUDED.coordinator_email_adressen, modus = EXCLUDED.modus, gewijzigd_op = EXCLUDED.gewijzigd_op`,
      [org.type, org.code, voorkeuren.emailAdressen, voorkeuren.coordinatorEmailAdressen, voorkeuren.modus, this.clock.now()],
    );
    return this.voorkeuren(org);
  }

  /** Registers or replaces the webhook with a fresh secret, returned only now. */
  async zetWebhook(org: OrganisatieRef, url: string) {
    const geheim = `whsec_${randomBytes(32).toString('base64url')}`;
    await this.dataSource.query(
      `INSERT INTO webhook (org_type, org_code, url, geheim, actief, opeenvolgende_fouten, uitgeschakeld_op, gewijzigd_op)
       VALUES ($1, $2, $3, $4, true, 0, NULL, $5)
       ON CONFLICT (org_type, org_code) DO UPDATE SET url = EXCLUDED.url, geheim = EXCLUDED.geheim, actief = true,
         opeenvolgende_fouten = 0, uitgeschakeld_op = NULL, gewijzigd_op = EXCLUDED.gewijzigd_op`,
      [org.type, org.code, url, geheim, this.clock.now()],
    );
    return { organisatie: org, url, geheim, actief: true };
  }

  /** Re-enables a disabled webhook and sends what was parked meanwhile. */
  async heractiveer(org: OrganisatieRef) {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const [webhook] = await updateReturning<{ url: string }>(
        manager,
        `UPDATE webhook SET actief = true, opeenvolgende_fouten = 0, uitgeschakeld_op = NULL, gewijzigd_op = $3
         WHERE org_type = $1 AND org_code = $2 RETURNING url`,
        [org.type, org.code, now],
      );
      if (!webhook) throw new NotFoundException({ code: 'webhook.niet-gevonden', detail: `${org.type} ${org.code} heeft geen webhook` });
      const hervat = await updateReturning<{ id: string }>(
        manager,
        `UPDATE bezorging SET status = 'wachtend', volgende_poging_op = $3, pogingen = 0
         WHERE kanaal = 'webhook' AND org_type = $1 AND org_code = $2 AND status = 'opgeschort' RETURNING id`,
        [org.type, org.code, now],
      );
      if (hervat.length > 0) await this.jobs.wake(QUEUES.bezorging, 0, manager);
      return { organisatie: org, actief: true, hervatteBezorgingen: hervat.length };
    });
  }

  async bezorgingen(org: OrganisatieRef, limiet: number) {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT b.id, b.kanaal, b.soort, b.status, b.pogingen, b.laatste_fout, b.aangemaakt_op, b.verzonden_op, b.volgende_poging_op,
              cardinality(b.alert_ids) AS alerts,
              coalesce((SELECT json_agg(json_build_object('poging', p.poging, 'op', p.op, 'gelukt', p.gelukt, 'httpStatus', p.http_status,
                                                          'fout', p.fout, 'duurMs', p.duur_ms) ORDER BY p.id)
                        FROM bezorgpoging p WHERE p.bezorging_id = b.id), '[]') AS log
       FROM bezorging b WHERE b.org_type = $1 AND b.org_code = $2 ORDER BY b.aangemaakt_op DESC LIMIT $3`,
      [org.type, org.code, limiet],
    );
    return {
      organisatie: org,
      bezorgingen: rows.map((row) => ({
        id: row.id,
        kanaal: row.kanaal,
        soort: row.soort,
        status: row.status,
        pogingen: row.pogingen,
        laatsteFout: row.laatste_fout,
        alerts: row.alerts,
        aangemaaktOp: row.aangemaakt_op,
        verzondenOp: row.verzonden_op,
        volgendePogingOp: row.status === 'wachtend' ? row.volgende_poging_op : null,
        log: row.log,
      })),
    };
  }
}
