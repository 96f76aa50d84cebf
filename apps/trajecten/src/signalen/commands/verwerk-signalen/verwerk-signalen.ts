import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { NewEvent, OutboxWriter } from '@sluitend/messaging';
import { inTransaction } from '@sluitend/persistence';
import { CasussenRepository, CasusSignaal, HistorieRegel, persoonInRegio } from '../../../casussen/database/casussen.repository';
import { SystemCommand } from '../../../shared/command';
import { CasusRegelsBron } from '../../database/casus-regels.bron';
import { STANDAARD_CASUS_REGELS } from '../../domain/casus-regels';
import { besluitVoorBatch, SignaalVoorPersoon } from '../../domain/signaal-besluit';
import { CasusSignaalEvent } from '../../domain/signaal-event';
import { signaalSoortVan } from '../../domain/signaal-soort';

export type VerwerkSignalenCommand = SystemCommand<{ signalen: readonly CasusSignaalEvent[] }>;

export interface VerwerkSignalenResultaat {
  /** Cases opened by these signals. */
  readonly geopend: number;
  /** Signals attached to a case (the openers included). */
  readonly gekoppeld: number;
  /** Signals that stayed alerts only, or concern someone outside the target group. */
  readonly zonderCasus: number;
  /** Signals without a person or woonregio, or recorded before (re-sent under a new event id). */
  readonly overgeslagen: number;
}

type Kandidaat = SignaalVoorPersoon & { readonly event: CasusSignaalEvent; readonly signaalId: string };

/**
 * Use case: signals about a person become cases, in the consumer's inbox transaction. Per signal: the woonregio's
 * rule table and the person's open case decide (signalen/domain/signaal-besluit.ts) — attach to the open case, open
 * one, or stay an alert only. One open case per person per region holds in the batch (the domain) and across
 * replicas and hands (the partial unique index: a case that another opener made first is attached to). Each signal is
 * recorded once by its signaalId, so a redelivered or re-sent signal changes nothing. Publishes
 * trajecten.casus.geopend and trajecten.casus.signaal-gekoppeld (pseudonym and codes only) with the history.
 */
@Injectable()
export class VerwerkSignalen {
  constructor(
    private readonly dataSource: DataSource,
    private readonly casussen: CasussenRepository,
    private readonly casusRegels: CasusRegelsBron,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: VerwerkSignalenCommand, tx?: EntityManager): Promise<VerwerkSignalenResultaat> {
    return inTransaction(this.dataSource, tx, (manager) => this.verwerk(manager, command));
  }

  private async verwerk(manager: EntityManager, { input, correlationId }: VerwerkSignalenCommand): Promise<VerwerkSignalenResultaat> {
    const now = this.clock.now();
    const kandidaten = this.kandidaten(input.signalen);
    const bekend = await this.casussen.bekendeSignalen(
      manager,
      kandidaten.map((k) => k.signaalId),
    );
    const gezien = new Set(bekend);
    const nieuw = kandidaten.filter((k) => !gezien.has(k.signaalId) && (gezien.add(k.signaalId), true));
    const overgeslagen = input.signalen.length - nieuw.length;
    if (nieuw.length === 0) return { geopend: 0, gekoppeld: 0, zonderCasus: 0, overgeslagen };

    const regels = await this.casusRegels.perRegio(
      manager,
      nieuw.map((k) => k.rmcRegio),
    );
    const open = await this.casussen.openCasussen(manager, nieuw);
    const { besluiten, geopendDoor } = besluitVoorBatch(
      nieuw,
      (jongereId, rmcRegio) => open.get(persoonInRegio(rmcRegio, jongereId)),
      (rmcRegio) => regels.get(rmcRegio) ?? STANDAARD_CASUS_REGELS,
    );

    // The batch's openers in one INSERT; one that another opener (a hand, another replica) beat belongs to its case.
    const casusIds: Array<string | null> = new Array<string | null>(nieuw.length).fill(null);
    const openers: number[] = [];
    for (let i = 0; i < nieuw.length; i++) if (besluiten[i] === 'openen') openers.push(i);
    const voorgesteld = openers.map((i) => ({
      id: randomUUID(),
      rmcRegio: nieuw[i].rmcRegio,
      jongereId: nieuw[i].jongereId,
      aanleiding: 'signaal' as const,
      op: now,
    }));
    const gemaakt = await this.casussen.openAlle(manager, voorgesteld);
    const geopend: Array<{ k: Kandidaat; casusId: string }> = [];
    for (let j = 0; j < openers.length; j++) {
      const i = openers[j];
      if (gemaakt.has(voorgesteld[j].id)) {
        casusIds[i] = voorgesteld[j].id;
        geopend.push({ k: nieuw[i], casusId: voorgesteld[j].id });
      } else {
        besluiten[i] = 'koppelen';
        casusIds[i] = (await this.casussen.openVan(manager, nieuw[i].rmcRegio, nieuw[i].jongereId))?.id ?? null;
      }
    }
    for (let i = 0; i < nieuw.length; i++) {
      if (besluiten[i] === 'koppelen' && casusIds[i] === null) {
        const k = nieuw[i];
        casusIds[i] = geopendDoor[i] >= 0 ? casusIds[geopendDoor[i]] : (open.get(persoonInRegio(k.rmcRegio, k.jongereId))?.casusId ?? null);
      }
    }

    const rijen: CasusSignaal[] = nieuw.map((k, i) => ({
      signaalId: k.signaalId,
      eventId: k.event.id,
      eventType: k.event.type,
      signaalSoort: k.soort,
      rmcRegio: k.rmcRegio,
      jongereId: k.jongereId,
      casusId: casusIds[i],
      besluit: besluiten[i],
      ontvangenOp: now,
    }));
    const vastgelegd = await this.casussen.registreerSignalen(manager, rijen);
    const gekoppeld = rijen.filter((rij) => rij.casusId !== null && vastgelegd.has(rij.signaalId));
    // Signals that stayed alerts only before (no case was open then) belong to the case that opens now.
    gekoppeld.push(
      ...(await this.casussen.koppelLosseSignalenAan(
        manager,
        geopend.map(({ k, casusId }) => ({ casusId, rmcRegio: k.rmcRegio, jongereId: k.jongereId })),
      )),
    );

    const historie: HistorieRegel[] = [
      ...geopend.map(({ k, casusId }): HistorieRegel => ({
        casusId,
        actie: 'geopend',
        vanStatus: null,
        naarStatus: 'aangemeld',
        door: null,
        op: now,
        toelichting: `signaal ${k.soort}`,
      })),
      ...gekoppeld.map((rij): HistorieRegel => ({
        casusId: rij.casusId as string,
        actie: 'signaal-gekoppeld',
        vanStatus: null,
        naarStatus: null,
        door: null,
        op: now,
        toelichting: rij.signaalSoort,
      })),
    ];
    await this.casussen.voegHistorieToe(manager, historie);
    await this.outbox.append(manager, [
      ...geopend.map(({ k, casusId }): NewEvent<'trajecten.casus.geopend'> => {
        return {
          type: 'trajecten.casus.geopend',
          jongereId: k.jongereId,
          aggregateId: casusId,
          context: { rmcRegio: k.rmcRegio },
          correlationId: k.event.correlationId,
          causationId: k.event.id,
          payload: {
            casusId,
            rmcRegio: k.rmcRegio,
            aanleiding: 'signaal',
            signaalEventId: k.event.id,
            signaalSoort: k.soort,
            geopendOp: now.toISOString(),
          },
        };
      }),
      ...gekoppeld.map((rij): NewEvent<'trajecten.casus.signaal-gekoppeld'> => ({
        type: 'trajecten.casus.signaal-gekoppeld',
        jongereId: rij.jongereId,
        aggregateId: rij.casusId as string,
        context: { rmcRegio: rij.rmcRegio },
        correlationId,
        causationId: rij.eventId,
        payload: {
          casusId: rij.casusId as string,
          rmcRegio: rij.rmcRegio,
          signaalEventId: rij.eventId,
          signaalSoort: rij.signaalSoort as NewEvent<'trajecten.casus.signaal-gekoppeld'>['payload']['signaalSoort'],
          gekoppeldOp: now.toISOString(),
        },
      })),
    ]);
    return {
      geopend: geopend.length,
      gekoppeld: gekoppeld.length,
      zonderCasus: rijen.filter((rij) => rij.casusId === null).length,
      overgeslagen,
    };
  }

  /** The signals that can concern a case: a kind, a person (pseudonym) and a woonregio; the rest is skipped. */
  private kandidaten(signalen: readonly CasusSignaalEvent[]): Kandidaat[] {
    const kandidaten: Kandidaat[] = [];
    for (const event of signalen) {
      const soort = signaalSoortVan(event);
      const rmcRegio = event.context.rmcRegio;
      if (soort === undefined || !rmcRegio || !event.jongereId) continue;
      kandidaten.push({ event, soort, rmcRegio, jongereId: event.jongereId, signaalId: event.payload.signaalId, op: new Date(event.occurredAt) });
    }
    return kandidaten;
  }
}
