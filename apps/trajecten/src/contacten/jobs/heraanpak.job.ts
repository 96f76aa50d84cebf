import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NewEvent, OutboxWriter } from '@sluitend/messaging';
import { newCorrelationId } from '@sluitend/observability';
import { DueWork, DueWorkJob } from '@sluitend/platform';
import { Casus, CasussenRepository } from '../../casussen/database/casussen.repository';
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
    // One read of the cases (locked) and their status lines for the whole batch, one update per outcome and one
    // insert of history lines: a sweep of 50,000 timers is a few hundred statements, not four per timer.
    const casussen = await this.casussen.vanIds(
      manager,
      timers.map((t) => t.casusId),
      true,
    );
    const statusRegels = await this.casussen.statusRegelsVan(manager, [...casussen.keys()]);
    const vuren: Array<{ timer: DueHeraanpak; casus: Casus }> = [];
    const vervallen: DueHeraanpak[] = [];
    for (const timer of timers) {
      const casus = casussen.get(timer.casusId);
      const sinds = casus && rustSinds(statusOvergangen(statusRegels.get(casus.id) ?? []));
      if (casus && moetHeraanpakVuren(timer, { status: casus.status, rustSinds: sinds })) vuren.push({ timer, casus });
      else vervallen.push(timer);
    }
    await this.heraanpak.markeerAlle(manager, vervallen, 'vervallen', now);
    await this.heraanpak.markeerAlle(
      manager,
      vuren.map((v) => v.timer),
      'gevuurd',
      now,
    );
    await this.casussen.voegHistorieToe(
      manager,
      vuren.map(({ timer, casus }) => ({
        casusId: casus.id,
        actie: 'heraanpak',
        vanStatus: null,
        naarStatus: null,
        door: null,
        op: now,
        toelichting: `moment ${timer.volgnummer}: ${timer.maanden} maanden na ${casus.status}`,
      })),
    );
    const events = vuren.map(({ timer, casus }): NewEvent<'trajecten.casus.heraanpak-nodig'> => ({
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
    }));
    const gevuurd = vuren.length;
    await this.outbox.append(manager, events);
    if (gevuurd > 0) this.logger.log(`${gevuurd} heraanpak-moment(en) gevuurd`);
    return { gevuurd, vervallen: timers.length - gevuurd };
  }
}
