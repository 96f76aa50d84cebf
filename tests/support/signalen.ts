import { Producer } from 'kafkajs';
import { Envelope, topicNames } from '@sluitend/contracts';

export { aanmeldingGemist } from '@sluitend/testing';

/** Publishes envelopes to overstap's stream of a run, keyed by jongereId like the outbox relay. */
export async function publishSignalen(producer: Producer, topicPrefix: string, envelopes: Envelope[]): Promise<void> {
  await producer.send({
    topic: topicNames(topicPrefix, 'overstap').events,
    messages: envelopes.map((envelope) => ({ key: envelope.jongereId, value: JSON.stringify(envelope) })),
  });
}
