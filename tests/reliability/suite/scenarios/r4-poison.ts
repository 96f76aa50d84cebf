import { Kafka } from 'kafkajs';
import { topicNames } from '@sluitend/contracts';
import { DEAD_LETTER_HEADERS, listDeadLetters, replayDeadLetters } from '@sluitend/messaging';
import { uniqueRun, waitFor } from '@sluitend/testing';
import { dossierIngediend } from '../../../support/events';
import { cleanup } from '../cleanup';
import { count, EventLoad, settle } from '../event-load';
import { Fleet } from '../fleet';
import { fmt, note, Scenario, secondsSince } from '../scenario';

const SIZES = { smoke: { events: 600 }, full: { events: 5_000 } };

/** True once the group has committed to the end of every partition of `topic`. */
async function committedToEnd(kafka: Kafka, groupId: string, topic: string): Promise<boolean> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends = await admin.fetchTopicOffsets(topic);
    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return ends.every(
      (end) => end.high === end.low || BigInt(committed.partitions.find((p) => p.partition === end.partition)?.offset ?? '-1') >= BigInt(end.high),
    );
  } finally {
    await admin.disconnect();
  }
}

/**
 * R4: a poison event (its handler refuses it) and a malformed message in the middle of the stream: both are
 * dead-lettered once with their reason while every other event is applied; a full redelivery of the log dead-letters
 * nothing again; once the cause is fixed a replay applies the poison event exactly once, and a second replay changes
 * nothing.
 */
export const r4: Scenario = {
  id: 'R4',
  fault: 'poison event and malformed message',
  run: async (context) => {
    const { events } = SIZES[context.size];
    const run = uniqueRun('r4');
    const load = new EventLoad(context.kafka, context.databaseUrl, run.id, run.topicPrefix);
    const fleet = new Fleet({
      auth: context.auth,
      root: context.root,
      runId: run.id,
      databaseUrl: context.databaseUrl,
      brokers: context.brokers,
      topicPrefix: run.topicPrefix,
    });
    const started = Date.now();
    const topics = topicNames(run.topicPrefix, 'overstap');
    const groupId = `${run.topicPrefix}.rapportage`;
    try {
      await load.start();
      const service = await fleet.service('rapportage', 1, { FAIL_BRIN: '99ZZ' });
      const replica = service.replicas[0];
      await fleet.start();
      const appliedOf = (brin: string) => count(context.pool, `SELECT count(*) AS n FROM "${service.schema}".applied WHERE brin = $1`, [brin]);

      await load.write(events / 2, 1000);
      const [poison] = await load.append([dossierIngediend('99ZZ', 'poison')]);
      const producer = context.kafka.producer();
      await producer.connect();
      await producer.send({ topic: topics.events, messages: [{ key: 'kapot', value: '{"type": "overstap.dossier.ingediend", kapot' }] });
      await producer.disconnect();
      await load.write(events / 2, 1000);
      const others = await settle(context.pool, load.schema, service.schema, 180_000, `event_id <> '${poison.id}'`);
      const flowed = secondsSince(started);
      const letters = await waitFor('two dead letters', async () => {
        const found = await listDeadLetters(context.kafka, run.topicPrefix, 'rapportage');
        return found.length >= 2 ? found : undefined;
      });
      const poisonLetter = letters.find((letter) => letter.eventId === poison.id);
      const malformed = letters.find((letter) => letter.eventType === 'malformed');
      const metrics = await (await fetch(`${replica.url}/metrics`)).text();
      const counted = Number(/sluitend_dead_letters_published_total\{[^}]*\} (\d+)/.exec(metrics)?.[1] ?? 0);

      // The whole log again, as after offsets that were never committed: the inbox knows what it dead-lettered.
      await replica.stop('SIGTERM');
      const admin = context.kafka.admin();
      await admin.connect();
      await admin.resetOffsets({ groupId, topic: topics.events, earliest: true });
      await admin.disconnect();
      replica.start();
      await replica.waitReady();
      await waitFor('the redelivered log to be committed', () => committedToEnd(context.kafka, groupId, topics.events), 180_000, 250);
      const afterRedelivery = (await listDeadLetters(context.kafka, run.topicPrefix, 'rapportage')).length;
      note(`R4: ${afterRedelivery} dead letters after a full redelivery`);

      // The cause fixed (the handler accepts 99ZZ again): replay the poison event, twice.
      await replica.restart('SIGTERM', { FAIL_BRIN: '' });
      await replica.waitReady();
      await replayDeadLetters(context.kafka, run.topicPrefix, 'rapportage', { ids: [poison.id] });
      await waitFor('the replayed poison event', async () => (await appliedOf('99ZZ')) === 1, 120_000, 200);
      await replayDeadLetters(context.kafka, run.topicPrefix, 'rapportage', { ids: [poisonLetter?.ref ?? ''] });
      await waitFor(
        'the second replay consumed',
        () => committedToEnd(context.kafka, groupId, topicNames(run.topicPrefix, 'rapportage').retry),
        120_000,
        250,
      );
      const poisonApplied = await appliedOf('99ZZ');
      const all = await settle(context.pool, load.schema, service.schema, 60_000);

      const pass =
        others.lost === 0 &&
        others.twice === 0 &&
        letters.length === 2 &&
        (poisonLetter?.headers[DEAD_LETTER_HEADERS.error] ?? '').includes('handler weigert school 99ZZ') &&
        (malformed?.error ?? '').includes('not JSON') &&
        afterRedelivery === 2 &&
        poisonApplied === 1 &&
        all.lost === 0 &&
        all.twice === 0 &&
        counted === 2;
      return {
        size: `${fmt(events)} events + 1 poison + 1 malformed`,
        result:
          `others: ${fmt(others.applied)} applied, lost ${others.lost}, twice ${others.twice} (all in ${flowed} s); ` +
          `dead letters ${letters.length} ("${poisonLetter?.headers[DEAD_LETTER_HEADERS.error] ?? '?'}" after ${poisonLetter?.headers[DEAD_LETTER_HEADERS.attempts] ?? '?'} attempts; "${(malformed?.error ?? '?').slice(0, 40)}…"), ` +
          `/metrics ${counted}; after full redelivery ${afterRedelivery}; poison applied ${poisonApplied}× after 2 replays`,
        verdict: pass ? 'PASS' : 'FAIL',
        seconds: secondsSince(started),
      };
    } finally {
      await cleanup({ fleet, load, pool: context.pool, kafka: context.kafka, topicPrefix: run.topicPrefix });
    }
  },
};
