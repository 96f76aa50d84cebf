import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { localDateOf } from '@sluitend/domain-nl';
import type { EventType } from '@sluitend/contracts';
import { NewEvent, OutboxWriter } from '@sluitend/messaging';
import { laatsteGeboortedatumMeerderjarig, routingContext } from '../../../routering/domain/routing-context';
import { CohortPayloadSql, CohortVoorwaarde, SignalenRepository } from '../../database/signalen.repository';
import type { GesignaleerdeLeerling } from '../../domain/gesignaleerde-leerling';

export type SignaleerCohortCommand = {
  input: {
    regel: string;
    schooljaar: string;
    op: Date;
    /** Which cohort students the rule signals (SQL on the dossier `d`). */
    voorwaarde: CohortVoorwaarde;
    /**
     * The events announcing the students signalled now: built in the service from the students (one per student, or
     * one per school), or — one per student, however many — in the database with the signals (`CohortEventsInSql`).
     */
    events: ((leerlingen: GesignaleerdeLeerling[]) => NewEvent[]) | CohortEventsInSql;
    /** Events per outbox statement (default 5,000; fewer when each is large). */
    perStatement?: number;
  };
};

/** One event of `type` per student signalled now, its payload SQL over the student (CohortPayloadSql). */
export type CohortEventsInSql = { type: EventType; payload: CohortPayloadSql; correlationId: string };

/**
 * Raises a rule's signal for every mbo-bound cohort student of a schooljaar who meets its condition, set-based, in
 * the caller's transaction, with their events. Students the rule already signalled are skipped (the signal table's
 * unique key), so firing again — on another replica, after a crash — adds nothing. Answers how many were signalled now.
 */
@Injectable()
export class SignaleerCohort {
  constructor(
    private readonly signalen: SignalenRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute({ input }: SignaleerCohortCommand, tx: EntityManager): Promise<number> {
    const peildatum = localDateOf(input.op);
    if (typeof input.events !== 'function') {
      // The signals and their events in one statement: no student passes through the service.
      const { type, payload, correlationId } = input.events;
      await this.signalen.werkgeheugenVoorCohort(tx);
      return this.outbox.appendRows(tx, type, this.signalen.cohortEvents(input, laatsteGeboortedatumMeerderjarig(peildatum), payload), {
        correlationId,
      });
    }
    const leerlingen = (await this.signalen.signaleerCohort(tx, input)).map((signaal): GesignaleerdeLeerling => ({
      signaalId: signaal.signaalId,
      jongereId: signaal.jongereId,
      dossierId: signaal.dossierId,
      brin: signaal.herkomst.brin,
      vestiging: signaal.herkomst.vestiging,
      context: routingContext(input.schooljaar, signaal.herkomst, peildatum),
    }));
    const events = input.events(leerlingen);
    const size = input.perStatement ?? 5000;
    for (let start = 0; start < events.length; start += size) await this.outbox.append(tx, events.slice(start, start + size));
    return leerlingen.length;
  }
}
