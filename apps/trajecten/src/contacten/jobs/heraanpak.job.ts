import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NewEvent, OutboxWriter } from '@sluitend/messaging';
import { newCorrelationId } from '@sluitend/observability';
import { DueWork, DueWorkJob } from '@sluitend/platform';
import { CasussenRepository } from '../../casussen/database/casussen.repository';
import { JOBS } from '../../shared/jobs';
import { DueHeraanpak, HeraanpakRepository } from '../database/heraanpak.repository';
import { moetHeraanpakVuren, rustSinds } from '../domain/heraanpak';
import { statusOvergangen } from '../domain/status-overgangen';

/**
 * Re-approach (transaction mode on the platform's sweeper): a due timer of a case that still rests since the same
 * moment fires — a history line on the case and trajecten.casus.heraanpak-nodig; one whose case made contact again,
 * closed, or started a new rest lapses. Either way the row is marked in the same transaction, so each timer fires at
 * most once across replicas, restarts and demo clock jumps.
 */
@Injectable()
@DueWorkJob()
export class HeraanpakJob implements DueWork<DueHeraanpak, { gevuurd: number; vervallen: number }> {
  readonly name = JOBS.heraanpak;
  readonly mode = 'transaction';
  readonly batchSize = 500;
  private readonly logger = new Logger(HeraanpakJob.name);

  constructor(
    private readonly heraanpak: HeraanpakRepository,
    private readonly casussen: CasussenRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  claim(manager: EntityManager, now: Date, limit: number): Promise<DueHeraanpak[]> {
    return this.heraanpak.claimDue(manager, now, limit);
  }

  nextDueAt(manager: EntityManager): Promise<Date | null> {
    return this.heraanpak.volgende(manager);
  }

  countDue(manager: EntityManager, now: Date): Promise<number> {
    return this.heraanpak.telDue(manager, now);
  }

  report(outcomes: Array<{ gevuurd: number; vervallen: number }>): Array<Record<string, unknown>> {
    const gevuurd = outcomes.reduce((som, o) => som + o.gevuurd, 0);
    return gevuurd > 0 ? [{ werk: 'heraanpak', gevuurd }] : [];
  }

  async apply(timers: DueHeraanpak[], at: { manager: EntityManager | null; now: Date }): Promise<{ gevuurd: number; vervallen: number }> {
    const { manager, now } = at;
    if (!manager) throw new Error(`${this.name} runs in the sweeper's transaction`);
    let gevuurd = 0;
    const events: Array<NewEvent<'trajecten.casus.heraanpak-nodig'>> = [];
    for (const timer of timers) {
      const casus = await this.casussen.vanId(manager, timer.casusId, true);
      const historie = casus ? await this.casussen.historieVan(manager, casus.id) : [];
      const sinds = rustSinds(statusOvergangen(historie.map((h) => ({ naarStatus: h.naar_status, op: h.op }))));
      if (!casus || !moetHeraanpakVuren(timer, { status: casus.status, rustSinds: sinds })) {
        await this.heraanpak.markeer(manager, timer, 'vervallen', now);
        continue;
      }
      await this.heraanpak.markeer(manager, timer, 'gevuurd', now);
      await this.casussen.voegHistorieToe(manager, [
        {
          casusId: casus.id,
          actie: 'heraanpak',
          vanStatus: null,
          naarStatus: null,
          door: null,
          op: now,
          toelichting: `moment ${timer.volgnummer}: ${timer.maanden} maanden na ${casus.status}`,
        },
      ]);
      events.push({
        type: 'trajecten.casus.heraanpak-nodig',
        jongereId: casus.jongereId,
        aggregateId: casus.id,
        context: { rmcRegio: casus.rmcRegio },
        correlationId: newCorrelationId(),
        payload: {
          casusId: casus.id,
          rmcRegio: casus.rmcRegio,
          status: casus.status,
          volgnummer: timer.volgnummer,
          maanden: timer.maanden,
          rustSinds: timer.rustSinds.toISOString(),
          dueAt: timer.dueAt.toISOString(),
        },
      });
      gevuurd++;
    }
    await this.outbox.append(manager, events);
    if (gevuurd > 0) this.logger.log(`${gevuurd} heraanpak-moment(en) gevuurd`);
    return { gevuurd, vervallen: timers.length - gevuurd };
  }
}
