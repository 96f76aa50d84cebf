import { IHeaders, KafkaMessage, Producer } from 'kafkajs';
import { DEAD_LETTER_HEADERS as H } from './dead-letter.headers';

export type DeadLetter = {
  topic: string;
  partition: number;
  message: KafkaMessage;
  error: Error & { code?: string };
  attempts: number;
  eventId?: string;
  eventType?: string;
};

const MAX_ERROR_LENGTH = 2000;

/** Sends an event a handler gave up on to the consumer's dead-letter topic, with why and where it came from. */
export class DeadLetterPublisher {
  constructor(
    private readonly producer: Producer,
    private readonly dlqTopic: string,
    private readonly consumer: string,
    private readonly now: () => Date,
  ) {}

  async publish(letter: DeadLetter): Promise<void> {
    const headers: IHeaders = {
      [H.originalTopic]: letter.topic,
      [H.originalPartition]: String(letter.partition),
      [H.originalOffset]: letter.message.offset,
      [H.consumer]: this.consumer,
      [H.error]: `${letter.error.name}: ${letter.error.message}`.slice(0, MAX_ERROR_LENGTH),
      [H.errorCode]: letter.error.code ?? 'handler.failed',
      [H.attempts]: String(letter.attempts),
      [H.failedAt]: this.now().toISOString(),
      ...(letter.eventId ? { [H.eventId]: letter.eventId } : {}),
      ...(letter.eventType ? { [H.eventType]: letter.eventType } : {}),
    };
    await this.producer.send({
      topic: this.dlqTopic,
      acks: -1,
      messages: [{ key: letter.message.key, value: letter.message.value, headers }],
    });
  }
}
