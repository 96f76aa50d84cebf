import { Logger } from '@nestjs/common';
import { CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import { Consumer, EachBatchPayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { lastValueFrom } from 'rxjs';
import { DataSource, EntityManager } from 'typeorm';
import { EventContractError, parseEvent, ParsedEvent, topicNames } from '@sluitend/contracts';
import { Clock, DomainError } from '@sluitend/domain-nl';
import { eventsScope, withCorrelation } from '@sluitend/observability';
import { DeadLetterPublisher } from '../dead-letter/dead-letter.publisher';
import { ConsumerOptions, MessagingConfig } from '../messaging.config';
import { consumedEvents, consumerMetrics } from '../messaging.metrics';
import { backoffDelay } from './backoff';
import { runsOf } from './runs-of';
import { isTransientError } from './transient-error';
import { BATCH_HANDLER, batchKeyOf } from './batch-event-pattern.decorator';
import { inboxIdOf } from './delivery-id';
import { InboxContext } from './inbox-context';
import { InboxEntry, InboxRepository } from './inbox.repository';
import { isRebalanceError } from './rebalance';

type Delivery = { topic: string; partition: number; message: KafkaMessage };
type Malformed = Delivery & { error: EventContractError; inboxId: string; rawType: string };
type Decoded = Delivery &
  (
    | { event: ParsedEvent; error?: undefined; ignored?: undefined }
    | { event?: undefined; error: EventContractError; ignored?: undefined; inboxId: string; rawType: string }
    | { event?: undefined; error?: undefined; ignored: true }
  );
type Applicable = Delivery & { event: ParsedEvent };

/** A kafkajs consumer crash: `restart` false means kafkajs gave up and the consumer stays stopped. */
export type ConsumerCrash = { error: Error; restart: boolean };
type TransportEvents = { crash: (crash: ConsumerCrash) => void };

/** The partition went to another member during a retry: stop without committing. */
class PartitionRevoked extends Error {}

/**
 * What the work on one batch may ask: is the consumer still running, is the batch still ours? A heartbeat that meets
 * a rebalance marks the batch revoked (kafkajs' isStale() only reports seeks).
 */
class BatchControl {
  private revoked = false;

  constructor(private readonly payload: Pick<EachBatchPayload, 'heartbeat' | 'isRunning' | 'isStale'>) {}

  get running(): boolean {
    return this.payload.isRunning();
  }

  get stale(): boolean {
    return this.revoked || this.payload.isStale();
  }

  /**
   * Waits `ms`, heartbeating every second meanwhile (kafkajs sends one per heartbeat interval), so a long backoff
   * during a database outage never outlasts the group's session; stops early once the batch is revoked.
   */
  async pause(ms: number): Promise<void> {
    const until = Date.now() + ms;
    while (!this.stale && this.running) {
      const left = until - Date.now();
      if (left <= 0) return;
      await new Promise((resolve) => setTimeout(resolve, Math.min(1000, left)));
      await this.heartbeat();
    }
  }

  /** Heartbeats; a rebalance marks the batch revoked, other failures (the broker briefly away) are left to kafkajs. */
  async heartbeat(): Promise<void> {
    try {
      await this.payload.heartbeat();
    } catch (error) {
      if (isRebalanceError(error)) this.revoked = true;
    }
  }
}

/**
 * A Nest microservice transport over kafkajs that applies every event exactly once: handlers keep `@EventPattern`,
 * each batch is applied in one database transaction together with the inbox rows that record it, and the Kafka
 * offset (+1) is committed only after that transaction. A failing event is retried alone with backoff and then sent
 * to the dead-letter topic, so the partition moves on. Malformed events go to the dead-letter topic at once. The
 * inbox records dead-lettered events too, so a redelivered batch never dead-letters them twice. Every log line
 * written while an event is applied carries its correlation id.
 */
export class KafkaInboxTransport extends Server<TransportEvents> implements CustomTransportStrategy {
  private readonly log = new Logger(KafkaInboxTransport.name);
  private readonly options: ConsumerOptions;
  private readonly inbox: InboxRepository;
  private readonly replayTopic: string;
  private consumer: Consumer | null = null;
  private producer: Producer | null = null;
  private deadLetters: DeadLetterPublisher | null = null;
  private readonly crashListeners: Array<(crash: ConsumerCrash) => void> = [];
  /** Nest normalises the pattern on every lookup; handlers are looked up once per event type. */
  private readonly handlers = new Map<string, MessageHandler | null>();

  constructor(
    private readonly kafka: Kafka,
    private readonly dataSource: DataSource,
    private readonly config: MessagingConfig,
    private readonly clock: Clock,
  ) {
    super();
    if (!config.consumer) throw new Error(`${config.service} has no consumer configuration`);
    this.options = config.consumer;
    this.replayTopic = topicNames(config.topicPrefix, config.service).retry;
    this.inbox = new InboxRepository(config.schema, config.consumer.groupId, this.replayTopic);
  }

  async listen(callback: (...optionalParams: unknown[]) => void): Promise<void> {
    try {
      await this.start();
      callback();
    } catch (error) {
      callback(error);
    }
  }

  private async start(): Promise<void> {
    const own = topicNames(this.config.topicPrefix, this.config.service);
    consumerMetrics.deadLetters.inc({ consumer: this.options.groupId }, 0);
    const sessionTimeout = this.options.sessionTimeoutMs ?? 30_000;
    this.consumer = this.kafka.consumer({
      groupId: this.options.groupId,
      sessionTimeout,
      heartbeatInterval: Math.min(3_000, Math.floor(sessionTimeout / 3)),
      maxWaitTimeInMs: 50,
      maxBytes: this.options.fetchMaxBytes,
      maxBytesPerPartition: Math.min(1024 * 1024, this.options.fetchMaxBytes),
      allowAutoTopicCreation: false,
    });
    this.producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    this.deadLetters = new DeadLetterPublisher(this.producer, own.dlq, this.options.groupId, () => this.clock.now());
    this.consumer.on(this.consumer.events.CRASH, ({ payload }) => {
      consumerMetrics.crashes.inc({ consumer: this.options.groupId, restart: String(payload.restart) });
      this.log.error(`consumer ${this.options.groupId} crashed: ${payload.error.message} (kafkajs restarts it: ${payload.restart})`);
      this.crashListeners.forEach((listener) => listener({ error: payload.error, restart: payload.restart }));
    });
    await this.producer.connect();
    await this.consumer.connect();
    const topics = [...this.options.subscribesTo.map((service) => topicNames(this.config.topicPrefix, service).events), own.retry];
    await this.consumer.subscribe({ topics, fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently,
      eachBatch: (payload) => this.handleBatch(payload),
    });
  }

  private async handleBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const control = new BatchControl({ heartbeat, isRunning, isStale });
    const size = this.options.transactionBatchSize;
    for (let start = 0; start < batch.messages.length; start += size) {
      if (!control.running || control.stale) return;
      const chunk = batch.messages
        .slice(start, start + size)
        .map((message) => this.decode({ topic: batch.topic, partition: batch.partition, message }));
      try {
        await this.applyChunk(chunk, control);
      } catch (error) {
        if (error instanceof PartitionRevoked) {
          consumerMetrics.abandonedRetries.inc({ consumer: this.options.groupId });
          this.log.warn(`${batch.topic}[${batch.partition}] was revoked while retrying; its new owner goes on`);
          return;
        }
        throw error;
      }
      const last = chunk[chunk.length - 1].message.offset;
      resolveOffset(last);
      try {
        await this.consumer?.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: (BigInt(last) + 1n).toString() }]);
      } catch (error) {
        // The group moved on without this member (a long outage outlasted the session): the effects are committed in
        // the database; whoever gets the partition finds them in the inbox. kafkajs rejoins on its next heartbeat.
        if (!isRebalanceError(error)) throw error;
        this.log.warn(`${batch.topic}[${batch.partition}]: offset not committed, the group rebalanced (${(error as Error).message})`);
        return;
      }
      await control.heartbeat();
    }
  }

  /**
   * Parses a message. Types this service has no handler for are ignored before their payload is checked, so another
   * service's new event types (during a rolling deploy, say) never reach this service's dead letters.
   */
  private decode(delivery: Delivery): Decoded {
    const where = { topic: delivery.topic, partition: delivery.partition, offset: delivery.message.offset };
    let raw: unknown;
    try {
      raw = JSON.parse(delivery.message.value?.toString('utf8') ?? 'null');
    } catch (error) {
      const contractError = new EventContractError('envelope.invalid', `not JSON: ${(error as Error).message}`);
      return { ...delivery, error: contractError, inboxId: inboxIdOf(null, where), rawType: 'malformed' };
    }
    const type = (raw as { type?: unknown } | null)?.type;
    if (typeof type === 'string' && !this.handlerFor(type)) return { ...delivery, ignored: true };
    try {
      return { ...delivery, event: parseEvent(raw) };
    } catch (error) {
      const contractError = error instanceof EventContractError ? error : new EventContractError('envelope.invalid', String(error));
      return {
        ...delivery,
        error: contractError,
        inboxId: inboxIdOf(raw, where),
        rawType: typeof type === 'string' ? type.slice(0, 200) : 'malformed',
      };
    }
  }

  private async applyChunk(chunk: Decoded[], control: BatchControl): Promise<void> {
    const applicable: Applicable[] = [];
    const malformed: Malformed[] = [];
    for (const item of chunk) {
      if (item.ignored) consumedEvents.inc({ consumer: this.options.groupId, result: 'ignored' });
      else if (item.error) malformed.push(item);
      else applicable.push(item);
    }
    if (malformed.length > 0) await this.deadLetterMalformed(malformed);
    if (applicable.length === 0) return;
    try {
      await this.applyInTransaction(applicable);
    } catch (error) {
      this.log.warn(`batch of ${applicable.length} failed (${(error as Error).message}); applying one by one`);
      for (const item of applicable) await this.applyWithRetries(item, control);
    }
  }

  /**
   * Dead-letters messages that do not parse, once: one the inbox already recorded (a redelivered batch) is skipped,
   * unless it comes from the retry topic (a replay that still does not parse is dead-lettered again, visibly).
   */
  private async deadLetterMalformed(items: Malformed[]): Promise<void> {
    const recorded = await this.inbox.recorded(
      this.dataSource,
      items.filter((item) => item.topic !== this.replayTopic).map((item) => item.inboxId),
    );
    for (const item of items) {
      if (item.topic !== this.replayTopic && recorded.has(item.inboxId)) {
        consumedEvents.inc({ consumer: this.options.groupId, result: 'duplicate' });
        continue;
      }
      await this.deadLetter(item, item.error, 1, { eventId: item.inboxId, eventType: item.rawType });
      recorded.add(item.inboxId);
    }
  }

  /**
   * Applies one event alone. An error about the event gets a bounded number of attempts, then the dead-letter topic;
   * a transient error (database or network away, lost race) is retried for as long as the consumer runs and owns the
   * partition, so a database restart delays events instead of dead-lettering them. A stopping consumer throws:
   * nothing is committed and the event is redelivered.
   */
  private async applyWithRetries(item: Applicable, control: BatchControl): Promise<void> {
    let eventAttempts = 0;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.applyInTransaction([item]);
        return;
      } catch (error) {
        const transient = isTransientError(error);
        if (!transient) eventAttempts += 1;
        // A permanent domain error fails the same way every time: dead-letter it at once with its code.
        const permanent = error instanceof DomainError && error.permanent;
        if (permanent || (!transient && eventAttempts >= this.options.maxAttempts)) {
          await this.deadLetter(item, error as Error, eventAttempts, { eventId: item.event.id, eventType: item.event.type });
          return;
        }
        // Stopping, or the partition went to another member in a rebalance: nothing is committed here and the new
        // owner applies the event (the inbox keeps it single).
        if (!control.running) throw error;
        await control.heartbeat();
        if (control.stale) throw new PartitionRevoked();
        consumedEvents.inc({ consumer: this.options.groupId, result: 'retried' });
        await control.pause(backoffDelay(attempt + 1, this.options.initialBackoffMs));
        if (control.stale) throw new PartitionRevoked();
      }
    }
  }

  private async applyInTransaction(items: Applicable[]): Promise<void> {
    let applied = 0;
    await this.dataSource.transaction(async (manager) => {
      const fresh = await this.inbox.claim(manager, items.map(entryOf));
      const toApply = items.filter((item) => fresh.delete(item.event.id));
      applied = toApply.length;
      for (const run of runsOf(toApply, (item) => this.batchKeyOf(item.event.type))) {
        await this.invoke(run, manager);
      }
    });
    consumedEvents.inc({ consumer: this.options.groupId, result: 'applied' }, applied);
    consumedEvents.inc({ consumer: this.options.groupId, result: 'duplicate' }, items.length - applied);
  }

  /** One handler call: a single event, or a run of consecutive events of a batch handler's type(s). */
  private async invoke(run: Applicable[], manager: EntityManager): Promise<void> {
    const first = run[0];
    const handler = this.handlerFor(first.event.type);
    if (!handler) return;
    const context = new InboxContext([manager, first.topic, first.partition, first.message]);
    const data = this.isBatchHandler(first.event.type) ? run.map((item) => item.event) : first.event;
    await withCorrelation(eventsScope(run.map((item) => item.event)), async () => {
      const result = await handler(data, context);
      await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
    });
  }

  private handlerFor(type: string): MessageHandler | null {
    if (!this.handlers.has(type)) this.handlers.set(type, this.getHandlerByPattern(type));
    return this.handlers.get(type) ?? null;
  }

  private isBatchHandler(type: string): boolean {
    return this.handlerFor(type)?.extras?.[BATCH_HANDLER] === true;
  }

  /** What consecutive events share to go to one call: the batch handler's group of types; null for a single-event handler. */
  private batchKeyOf(type: string): string | null {
    return batchKeyOf(type, this.handlerFor(type)?.extras);
  }

  /** Sends the letter, then records the event in the inbox as dead-lettered (a crash in between sends it twice, never zero times). */
  private async deadLetter(
    item: Delivery & { event?: ParsedEvent },
    error: Error & { code?: string },
    attempts: number,
    id: { eventId: string; eventType: string },
  ): Promise<void> {
    const scope = item.event ? eventsScope([item.event]) : { eventId: id.eventId, eventType: id.eventType };
    await withCorrelation(scope, async () => {
      this.log.error(
        `dead-lettering ${id.eventType} ${id.eventId} from ${item.topic}[${item.partition}]@${item.message.offset} after ${attempts} attempt(s): ${error.message}`,
      );
      await this.deadLetters?.publish({
        topic: item.topic,
        partition: item.partition,
        message: item.message,
        error,
        attempts,
        eventId: item.event?.id ?? id.eventId,
        eventType: item.event?.type ?? id.eventType,
      });
    });
    await this.inbox.recordDeadLettered(this.dataSource, [
      { eventId: id.eventId, eventType: id.eventType, topic: item.topic, partition: item.partition, offset: item.message.offset },
    ]);
    consumedEvents.inc({ consumer: this.options.groupId, result: 'dead_lettered' });
    consumerMetrics.deadLetters.inc({ consumer: this.options.groupId });
    consumerMetrics.deadLettersByCode.inc({ consumer: this.options.groupId, code: error.code ?? 'handler.failed' });
  }

  on<K extends keyof TransportEvents>(event: K, callback: TransportEvents[K]): void {
    if (event === 'crash') this.crashListeners.push(callback);
  }

  unwrap<T>(): T {
    if (!this.consumer) throw new Error('the Kafka consumer is not started');
    return this.consumer as T;
  }

  async close(): Promise<void> {
    await this.consumer?.disconnect().catch(() => undefined);
    await this.producer?.disconnect().catch(() => undefined);
    this.consumer = null;
    this.producer = null;
  }
}

const entryOf = ({ event, topic, partition, message }: Applicable): InboxEntry => ({
  eventId: event.id,
  eventType: event.type,
  topic,
  partition,
  offset: message.offset,
});
