import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { updateReturning } from '@sluitend/persistence';
import { NOTIFICATIES_ENV, NotificatiesEnv } from '../config/notificaties-env';
import { DueWork, DueWorkJob } from '@sluitend/platform';
import { QUEUES } from '../scheduling/jobs';
import { alertMail, digestMail, escalatieMail, Mail, MailAlert, organisatieNaam } from './email/teksten';
import { Mailer } from './email/mailer';
import { onderteken, WEBHOOK_HEADERS } from './webhook/handtekening';

type Bezorging = {
  id: string;
  kanaal: 'email' | 'webhook';
  soort: 'alert' | 'escalatie' | 'digest';
  org_type: string;
  org_code: string;
  alert_ids: string[];
  pogingen: number;
};

/** `geparkeerd`: not attempted because the webhook is disabled; waits for re-enabling. */
type Uitkomst = { gelukt: boolean; httpStatus?: number; fout?: string; geparkeerd?: boolean };

const CLAIM = 50;

/**
 * Sends due e-mail and webhook deliveries. A delivery is claimed with a lease (so replicas never send it together, and
 * a crashed sender's claim expires), sent outside any transaction, then recorded: every attempt in bezorgpoging; on
 * failure a retry with doubling backoff until BEZORGING_MAX_POGINGEN; a webhook that fails WEBHOOK_UITSCHAKELEN_NA
 * calls in a row is disabled and its waiting deliveries parked until an admin re-enables it. At-least-once: a webhook
 * receiver deduplicates on the x-sluitend-bezorging header. The lease always outlasts a call's timeout, so a slow
 * receiver never gets the same delivery from two replicas at once.
 */
@Injectable()
@DueWorkJob()
export class BezorgingRunner implements DueWork<Bezorging, number> {
  readonly name = QUEUES.bezorging;
  readonly mode = 'lease';
  readonly batchSize = CLAIM;
  private readonly logger = new Logger(BezorgingRunner.name);
  private readonly leaseSeconds: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(NOTIFICATIES_ENV) private readonly env: NotificatiesEnv,
  ) {
    this.leaseSeconds = Math.max(120, Math.ceil(env.WEBHOOK_TIMEOUT_MS / 1000) * 2 + 60);
  }

  claim(manager: EntityManager, now: Date, limit: number): Promise<Bezorging[]> {
    return updateReturning<Bezorging>(
      manager,
      `UPDATE bezorging b SET geclaimd_tot = $1::timestamptz + make_interval(secs => $2), pogingen = b.pogingen + 1
       WHERE b.id IN (SELECT id FROM bezorging WHERE status = 'wachtend' AND volgende_poging_op <= $1 AND (geclaimd_tot IS NULL OR geclaimd_tot < $1)
                      ORDER BY volgende_poging_op LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING b.id, b.kanaal, b.soort, b.org_type, b.org_code, b.alert_ids, b.pogingen`,
      [now, this.leaseSeconds, limit],
    );
  }

  async apply(batch: Bezorging[]): Promise<number> {
    await Promise.all(batch.map((bezorging) => this.bezorg(bezorging)));
    return batch.length;
  }

  async nextDueAt(manager: EntityManager): Promise<Date | null> {
    const [next]: Array<{ op: Date }> = await manager.query(
      `SELECT greatest(volgende_poging_op, coalesce(geclaimd_tot, volgende_poging_op)) AS op FROM bezorging WHERE status = 'wachtend'
       ORDER BY volgende_poging_op LIMIT 1`,
    );
    return next ? new Date(next.op) : null;
  }

  private async bezorg(bezorging: Bezorging): Promise<void> {
    const started = Date.now();
    let uitkomst: Uitkomst;
    try {
      uitkomst = bezorging.kanaal === 'email' ? await this.mail(bezorging) : await this.webhook(bezorging);
    } catch (error) {
      uitkomst = { gelukt: false, fout: (error as Error).message.slice(0, 500) };
    }
    const duurMs = Date.now() - started;
    // Recording can lose a race (a deadlock, a connection gone): retry it; if it still fails, the lease expires and
    // the delivery is attempted again (at-least-once).
    for (let poging = 1; ; poging++) {
      try {
        await this.registreer(bezorging, uitkomst, duurMs);
        return;
      } catch (error) {
        if (poging >= 3) {
          this.logger.error(`bezorging ${bezorging.id}: registreren mislukt (${(error as Error).message}); opnieuw na de lease`);
          return;
        }
      }
    }
  }

  private async alerts(bezorging: Bezorging): Promise<MailAlert[]> {
    const rows: Array<{ id: string; nummer: string; signaal_type: string; bron_nummer: string | null; bron_type: string | null; bron_code: string | null }> =
      await this.dataSource.query(
        `SELECT a.id, a.nummer, a.signaal_type, b.nummer AS bron_nummer, b.org_type AS bron_type, b.org_code AS bron_code
         FROM alert a LEFT JOIN alert b ON b.id = a.escalatie_van WHERE a.id = ANY($1::uuid[]) ORDER BY a.nummer`,
        [bezorging.alert_ids],
      );
    return rows.map((row) => ({
      id: row.id,
      nummer: Number(row.nummer),
      signaalType: row.signaal_type,
      link: `${this.env.PORTAL_URL}/alerts/${row.id}`,
      ...(row.bron_nummer ? { escalatie: { nummer: Number(row.bron_nummer), organisatie: organisatieNaam(row.bron_type as string, row.bron_code as string) } } : {}),
    }));
  }

  private async mail(bezorging: Bezorging): Promise<Uitkomst> {
    const [voorkeur]: Array<{ email_adressen: string[]; coordinator_email_adressen: string[] }> = await this.dataSource.query(
      'SELECT email_adressen, coordinator_email_adressen FROM organisatie_voorkeur WHERE org_type = $1 AND org_code = $2',
      [bezorging.org_type, bezorging.org_code],
    );
    const aan = bezorging.soort === 'escalatie' && voorkeur?.coordinator_email_adressen.length ? voorkeur.coordinator_email_adressen : voorkeur?.email_adressen;
    if (!aan?.length) return { gelukt: false, fout: 'de organisatie heeft geen e-mailadressen meer' };
    const alerts = await this.alerts(bezorging);
    const organisatie = organisatieNaam(bezorging.org_type, bezorging.org_code);
    const mail: Mail =
      bezorging.soort === 'digest' ? digestMail(organisatie, alerts) : bezorging.soort === 'escalatie' ? escalatieMail(organisatie, alerts[0]) : alertMail(organisatie, alerts[0]);
    await this.mailer.send(aan, mail);
    return { gelukt: true };
  }

  private async webhook(bezorging: Bezorging): Promise<Uitkomst> {
    const [webhook]: Array<{ url: string; geheim: string; actief: boolean }> = await this.dataSource.query(
      'SELECT url, geheim, actief FROM webhook WHERE org_type = $1 AND org_code = $2',
      [bezorging.org_type, bezorging.org_code],
    );
    if (!webhook?.actief) return { gelukt: false, geparkeerd: true, fout: 'webhook uitgeschakeld of verwijderd' };
    const alerts = await this.alerts(bezorging);
    const body = JSON.stringify({
      bezorgingId: bezorging.id,
      soort: bezorging.soort,
      organisatie: { type: bezorging.org_type, code: bezorging.org_code },
      alerts: alerts.map(({ id, nummer, signaalType, link, escalatie }) => ({ alertId: id, nummer, signaalType, link, ...(escalatie ? { escalatieVan: escalatie.nummer } : {}) })),
    });
    const tijdstip = Math.floor(Date.now() / 1000);
    const response = await fetch(webhook.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [WEBHOOK_HEADERS.tijdstip]: String(tijdstip),
        [WEBHOOK_HEADERS.handtekening]: onderteken(webhook.geheim, tijdstip, body),
        [WEBHOOK_HEADERS.bezorging]: bezorging.id,
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(this.env.WEBHOOK_TIMEOUT_MS),
    });
    await response.body?.cancel();
    return response.ok ? { gelukt: true, httpStatus: response.status } : { gelukt: false, httpStatus: response.status, fout: `HTTP ${response.status}` };
  }

  private async registreer(bezorging: Bezorging, uitkomst: Uitkomst, duurMs: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      // Lock order: the webhook row before any delivery row, as disabling a webhook parks its deliveries under it.
      if (bezorging.kanaal === 'webhook') {
        await manager.query('SELECT 1 FROM webhook WHERE org_type = $1 AND org_code = $2 FOR UPDATE', [bezorging.org_type, bezorging.org_code]);
      }
      await manager.query(
        'INSERT INTO bezorgpoging (bezorging_id, poging, op, gelukt, http_status, fout, duur_ms) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [bezorging.id, bezorging.pogingen, now, uitkomst.gelukt, uitkomst.httpStatus ?? null, uitkomst.fout ?? null, duurMs],
      );
      if (uitkomst.gelukt) {
        await manager.query(`UPDATE bezorging SET status = 'verzonden', verzonden_op = $2, geclaimd_tot = NULL, laatste_fout = NULL WHERE id = $1`, [
          bezorging.id,
          now,
        ]);
      } else if (uitkomst.geparkeerd) {
        await manager.query(`UPDATE bezorging SET status = 'opgeschort', geclaimd_tot = NULL, pogingen = pogingen - 1, laatste_fout = $2 WHERE id = $1`, [
          bezorging.id,
          uitkomst.fout,
        ]);
      } else {
        const opgegeven = bezorging.pogingen >= this.env.BEZORGING_MAX_POGINGEN;
        const wacht = this.env.BEZORGING_BACKOFF_MS * 2 ** (bezorging.pogingen - 1);
        await manager.query(
          // Parked meanwhile (the webhook was disabled by another failing call): it stays parked.
          `UPDATE bezorging SET status = CASE WHEN status = 'opgeschort' THEN status ELSE $2 END, volgende_poging_op = $3, geclaimd_tot = NULL,
             laatste_fout = $4
           WHERE id = $1`,
          [bezorging.id, opgegeven ? 'mislukt' : 'wachtend', new Date(now.getTime() + wacht), uitkomst.fout ?? null],
        );
      }
      if (bezorging.kanaal === 'webhook' && !uitkomst.geparkeerd) {
        await this.telWebhook(manager, bezorging, uitkomst.gelukt, now);
      }
    });
    if (!uitkomst.gelukt) this.logger.warn(`bezorging ${bezorging.id} (${bezorging.kanaal}, poging ${bezorging.pogingen}) mislukt: ${uitkomst.fout}`);
  }

  private async telWebhook(manager: EntityManager, bezorging: Bezorging, gelukt: boolean, now: Date): Promise<void> {
    const [webhook] = await updateReturning<{ opeenvolgende_fouten: number; actief: boolean }>(
      manager,
      `UPDATE webhook SET opeenvolgende_fouten = CASE WHEN $3 THEN 0 ELSE opeenvolgende_fouten + 1 END
       WHERE org_type = $1 AND org_code = $2 RETURNING opeenvolgende_fouten, actief`,
      [bezorging.org_type, bezorging.org_code, gelukt],
    );
    if (!webhook || !webhook.actief || webhook.opeenvolgende_fouten < this.env.WEBHOOK_UITSCHAKELEN_NA) return;
    await manager.query('UPDATE webhook SET actief = false, uitgeschakeld_op = $3 WHERE org_type = $1 AND org_code = $2', [
      bezorging.org_type,
      bezorging.org_code,
      now,
    ]);
    await manager.query(
      `UPDATE bezorging SET status = 'opgeschort', geclaimd_tot = NULL WHERE kanaal = 'webhook' AND org_type = $1 AND org_code = $2 AND status = 'wachtend'`,
      [bezorging.org_type, bezorging.org_code],
    );
    this.logger.warn(`webhook van ${bezorging.org_type} ${bezorging.org_code} uitgeschakeld na ${webhook.opeenvolgende_fouten} mislukte aanroepen op rij`);
  }
}
