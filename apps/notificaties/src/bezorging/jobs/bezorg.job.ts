import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { DueWork, DueWorkJob } from '@sluitend/platform';
import { NOTIFICATIES_ENV, NotificatiesEnv } from '../../config/notificaties-env';
import { JOBS } from '../../shared/jobs';
import { BezorgingRepository } from '../database/bezorging.repository';
import { BezorgdeAlert, Bezorging, Uitkomst } from '../domain/bezorging';
import { moetUitschakelen, naMislukking } from '../domain/herpoging';
import { alertMail, digestMail, escalatieMail, organisatieNaam } from '../domain/teksten';
import { webhookBericht } from '../domain/webhook-bericht';
import { Mailer } from '../kanalen/mailer';
import { WebhookVerzender } from '../kanalen/webhook-verzender';

const CLAIM = 50;

/**
 * Sends due e-mail and webhook deliveries (lease mode on the platform's sweeper). A delivery is claimed with a lease
 * (so replicas never send it together, and a crashed sender's claim expires), sent outside any transaction, then
 * recorded: every attempt in bezorgpoging; on failure a retry with doubling backoff until BEZORGING_MAX_POGINGEN; a
 * webhook that fails WEBHOOK_UITSCHAKELEN_NA calls in a row is disabled and its waiting deliveries parked until an
 * admin re-enables it. At-least-once: a webhook receiver deduplicates on the x-sluitend-bezorging header. The lease
 * always outlasts a call's timeout, so a slow receiver never gets the same delivery from two replicas at once.
 */
@Injectable()
@DueWorkJob()
export class BezorgJob implements DueWork<Bezorging, number> {
  readonly name = JOBS.bezorging;
  readonly mode = 'lease';
  readonly batchSize = CLAIM;
  private readonly logger = new Logger(BezorgJob.name);
  private readonly leaseSeconds: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly bezorgingen: BezorgingRepository,
    private readonly mailer: Mailer,
    private readonly webhooks: WebhookVerzender,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(NOTIFICATIES_ENV) private readonly env: NotificatiesEnv,
  ) {
    this.leaseSeconds = Math.max(120, Math.ceil(env.WEBHOOK_TIMEOUT_MS / 1000) * 2 + 60);
  }

  claim(manager: EntityManager, now: Date, limit: number): Promise<Bezorging[]> {
    return this.bezorgingen.claim(manager, now, this.leaseSeconds, limit);
  }

  async apply(batch: Bezorging[]): Promise<number> {
    await Promise.all(batch.map((bezorging) => this.bezorg(bezorging)));
    return batch.length;
  }

  nextDueAt(manager: EntityManager): Promise<Date | null> {
    return this.bezorgingen.volgendeMoment(manager);
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

  private async alerts(bezorging: Bezorging): Promise<BezorgdeAlert[]> {
    const rijen = await this.bezorgingen.alerts(this.dataSource, bezorging.alertIds);
    return rijen.map((rij) => ({
      id: rij.id,
      nummer: rij.nummer,
      signaalType: rij.signaal_type,
      link: `${this.env.PORTAL_URL}/alerts/${rij.id}`,
      ...(rij.bron_nummer !== null && rij.bron_type && rij.bron_code
        ? { escalatie: { nummer: rij.bron_nummer, organisatie: organisatieNaam(rij.bron_type, rij.bron_code) } }
        : {}),
    }));
  }

  private async mail(bezorging: Bezorging): Promise<Uitkomst> {
    const voorkeur = await this.bezorgingen.voorkeur(this.dataSource, bezorging.organisatie);
    const aan =
      bezorging.soort === 'escalatie' && voorkeur?.coordinator_email_adressen.length ? voorkeur.coordinator_email_adressen : voorkeur?.email_adressen;
    if (!aan?.length) return { gelukt: false, fout: 'de organisatie heeft geen e-mailadressen meer' };
    const alerts = await this.alerts(bezorging);
    const organisatie = organisatieNaam(bezorging.organisatie.type, bezorging.organisatie.code);
    const mail =
      bezorging.soort === 'digest'
        ? digestMail(organisatie, alerts)
        : bezorging.soort === 'escalatie'
          ? escalatieMail(organisatie, alerts[0])
          : alertMail(organisatie, alerts[0]);
    await this.mailer.send(aan, mail);
    return { gelukt: true };
  }

  private async webhook(bezorging: Bezorging): Promise<Uitkomst> {
    const webhook = await this.bezorgingen.webhook(this.dataSource, bezorging.organisatie);
    if (!webhook?.actief) return { gelukt: false, geparkeerd: true, fout: 'webhook uitgeschakeld of verwijderd' };
    return this.webhooks.verstuur(webhook.url, webhook.geheim, bezorging.id, webhookBericht(bezorging, await this.alerts(bezorging)));
  }

  private async registreer(bezorging: Bezorging, uitkomst: Uitkomst, duurMs: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      // Lock order: the webhook row before any delivery row, as disabling a webhook parks its deliveries under it.
      if (bezorging.kanaal === 'webhook') await this.bezorgingen.lockWebhook(manager, bezorging.organisatie);
      await this.bezorgingen.registreerPoging(manager, bezorging, now, uitkomst, duurMs);
      if (uitkomst.gelukt) {
        await this.bezorgingen.markeerVerzonden(manager, bezorging.id, now);
      } else if (uitkomst.geparkeerd) {
        await this.bezorgingen.parkeer(manager, bezorging.id, uitkomst.fout ?? null);
      } else {
        const volgende = naMislukking(
          bezorging.pogingen,
          { maxPogingen: this.env.BEZORGING_MAX_POGINGEN, backoffMs: this.env.BEZORGING_BACKOFF_MS },
          now,
        );
        await this.bezorgingen.herplan(manager, bezorging.id, volgende.status, volgende.volgendePogingOp, uitkomst.fout ?? null);
      }
      if (bezorging.kanaal === 'webhook' && !uitkomst.geparkeerd) await this.telWebhook(manager, bezorging, uitkomst.gelukt, now);
    });
    if (!uitkomst.gelukt) this.logger.warn(`bezorging ${bezorging.id} (${bezorging.kanaal}, poging ${bezorging.pogingen}) mislukt: ${uitkomst.fout}`);
  }

  private async telWebhook(manager: EntityManager, bezorging: Bezorging, gelukt: boolean, now: Date): Promise<void> {
    const webhook = await this.bezorgingen.telWebhookAanroep(manager, bezorging.organisatie, gelukt);
    if (!webhook || !webhook.actief || !moetUitschakelen(webhook.opeenvolgende_fouten, this.env.WEBHOOK_UITSCHAKELEN_NA)) return;
    await this.bezorgingen.schakelWebhookUit(manager, bezorging.organisatie, now);
    this.logger.warn(
      `webhook van ${bezorging.organisatie.type} ${bezorging.organisatie.code} uitgeschakeld na ${webhook.opeenvolgende_fouten} mislukte aanroepen op rij`,
    );
  }
}
