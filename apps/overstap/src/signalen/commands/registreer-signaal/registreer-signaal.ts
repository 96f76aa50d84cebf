import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { EventContext, EventPayload } from '@sluitend/contracts';
import { OutboxWriter } from '@sluitend/messaging';
import { BepaalRoutingContext } from '../../../routering/queries/routing-context/routing-context';
import { Signaal, SignalenRepository } from '../../database/signalen.repository';

/** The events that announce one student's signal (each carries the signal's id). */
export type SignaalEvent =
  | 'overstap.signaal.geen-levende-aanmelding'
  | 'overstap.signaal.negatief-bsa'
  | 'overstap.signaal.uitschrijving-zonder-startkwalificatie'
  | 'overstap.deadline.geen-herinschrijving';

export type RegistreerSignaalCommand<T extends SignaalEvent> = {
  input: {
    /** The rule that signals: one signal per rule, student, schooljaar and `aanleiding`. */
    regel: string;
    /**
     * The occurrence, for a rule the law applies per occurrence (the inschrijving of an uitschrijving without
     * startkwalificatie, of a negative BSA, of a re-enrolment window); left out, the rule signals once per schooljaar.
     */
    aanleiding?: string;
    jongereId: string;
    schooljaar: string;
    op: Date;
    event: T;
    /** The event's payload, given the new signal. */
    payload: (signaal: Signaal) => EventPayload<T>;
    /** The event's routing context; by default the student's, from their dossier. */
    context?: EventContext;
  };
  correlationId: string;
};

/**
 * Raises a signal for one student, in the transaction of whatever raised it (a status change, an uitschrijving, a
 * deadline): the signal row and its event commit together. A rule signals a student once per schooljaar and
 * occurrence; a second time records and publishes nothing and answers null.
 */
@Injectable()
export class RegistreerSignaal {
  constructor(
    private readonly signalen: SignalenRepository,
    private readonly outbox: OutboxWriter,
    private readonly routingContext: BepaalRoutingContext,
  ) {}

  async execute<T extends SignaalEvent>({ input, correlationId }: RegistreerSignaalCommand<T>, tx: EntityManager): Promise<Signaal | null> {
    const signaal = await this.signalen.registreer(tx, input);
    if (!signaal) return null;
    const context = input.context ?? (await this.routingContext.execute({ input }, tx));
    await this.outbox.append(tx, [
      { type: input.event, jongereId: input.jongereId, aggregateId: signaal.signaalId, correlationId, context, payload: input.payload(signaal) },
    ]);
    return signaal;
  }
}
