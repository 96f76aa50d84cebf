import { randomUUID } from 'node:crypto';
import { Kafka } from 'kafkajs';
import { Pool } from 'pg';
import { perSecond } from './measure';

/**
 * Raw kafkajs ceiling on this machine: produce N messages of the given size (the run's envelope) in batches of 1000
 * (acks all, idempotent) and consume them with a group that has already joined; the time from the first send to the last message consumed.
 */
export async function kafkaCeiling(kafka: Kafka, count: number, valueBytes: number, partitions: number): Promise<number> {
  const topic = `bench-ceiling-${randomUUID()}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }] });
  const value = 'x'.repeat(valueBytes);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const consumer = kafka.consumer({ groupId: `bench-${randomUUID()}`, maxWaitTimeInMs: 20 });
  await Promise.all([producer.connect(), consumer.connect()]);
  await consumer.subscribe({ topic, fromBeginning: true });
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  let consumed = 0;
  const done = new Promise<void>((resolve) => {
    void consumer.run({
      eachBatch: async ({ batch }) => {
        consumed += batch.messages.length;
        if (consumed >= count) resolve();
      },
    });
  });
  await joined;
  const started = Date.now();
  for (let start = 0; start < count; start += 1000) {
    const size = Math.min(1000, count - start);
    await producer.send({ topic, acks: -1, messages: Array.from({ length: size }, (_, i) => ({ key: String(start + i), value })) });
  }
  await done;
  const rate = perSecond(count, Date.now() - started);
  await Promise.all([producer.disconnect(), consumer.disconnect()]);
  await admin.deleteTopics({ topics: [topic] });
  await admin.disconnect();
  return rate;
}

/** Sizes of what one dossier writes, read back from a run: its row's and version's content and its outbox envelope. */
export type DossierRijen = { inhoud: string; persoonsnummerVersleuteld: string; envelope: string };

/**
 * Raw PostgreSQL ceiling of storing dossiers: per dossier the three rows the use case writes — a `dossier` row, its
 * `dossier_versie` and its `outbox` row, with the same columns, keys and indexes and content of the same size
 * (`rijen`, taken from the run) — as multi-row INSERTs of 1000 dossiers, the three statements in one transaction.
 * Only the writes: no validation, hashing, encryption or lookups. Answers dossiers per second.
 */
export async function dossierStoreCeiling(pool: Pool, count: number, rijen: DossierRijen): Promise<number> {
  const schema = `bench_ceiling_${randomUUID().replace(/-/g, '')}`;
  await pool.query(`CREATE SCHEMA ${schema}`);
  await pool.query(`CREATE TABLE ${schema}.dossier (id uuid PRIMARY KEY, jongere_id text NOT NULL, schooljaar text NOT NULL,
    brin text NOT NULL, vestiging text NOT NULL, woongemeente text NOT NULL, rmc_regio text, versie integer NOT NULL,
    persoonsnummer_versleuteld text NOT NULL, inhoud jsonb NOT NULL, inhoud_hash text NOT NULL, ingediend_op timestamptz NOT NULL,
    bijgewerkt_op timestamptz NOT NULL, UNIQUE (jongere_id, schooljaar))`);
  await pool.query(`CREATE INDEX ON ${schema}.dossier (vestiging, schooljaar)`);
  await pool.query(`CREATE INDEX ON ${schema}.dossier (rmc_regio, schooljaar)`);
  await pool.query(`CREATE TABLE ${schema}.dossier_versie (dossier_id uuid NOT NULL REFERENCES ${schema}.dossier (id), versie integer NOT NULL,
    inhoud jsonb NOT NULL, inhoud_hash text NOT NULL, ingediend_door text NOT NULL, ingediend_op timestamptz NOT NULL,
    PRIMARY KEY (dossier_id, versie))`);
  await pool.query(`CREATE INDEX ON ${schema}.dossier_versie (ingediend_op)`);
  await pool.query(`CREATE TABLE ${schema}.outbox (id bigserial PRIMARY KEY, event_id uuid NOT NULL UNIQUE, event_type text NOT NULL,
    topic text NOT NULL, message_key text NOT NULL, envelope jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now(),
    published_at timestamptz)`);
  await pool.query(`CREATE INDEX ON ${schema}.outbox (id) WHERE published_at IS NULL`);
  // Each row's content differs (a counter at the front), so nothing is shared or compressed across rows.
  const inhoud = (n: number) => `{"n":${n},${rijen.inhoud.slice(1)}`;
  const envelope = (n: number) => `{"n":${n},${rijen.envelope.slice(1)}`;
  const values = (rows: number, columns: number) =>
    Array.from({ length: rows }, (_, r) => `(${Array.from({ length: columns }, (_, c) => `$${r * columns + c + 1}`).join(',')})`).join(',');
  const started = Date.now();
  for (let start = 0; start < count; start += 1000) {
    const size = Math.min(1000, count - start);
    const ids = Array.from({ length: size }, () => randomUUID());
    const now = new Date();
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO ${schema}.dossier (id, jongere_id, schooljaar, brin, vestiging, woongemeente, rmc_regio, versie,
           persoonsnummer_versleuteld, inhoud, inhoud_hash, ingediend_op, bijgewerkt_op) VALUES ${values(size, 13)}`,
        ids.flatMap((id, i) => [
          id,
          randomUUID(),
          '2026-2027',
          '00AH',
          '00AH00',
          'GM0014',
          'MC03',
          1,
          rijen.persoonsnummerVersleuteld,
          inhoud(start + i),
          randomUUID(),
          now,
          now,
        ]),
      );
      await client.query(
        `INSERT INTO ${schema}.dossier_versie (dossier_id, versie, inhoud, inhoud_hash, ingediend_door, ingediend_op) VALUES ${values(size, 6)}`,
        ids.flatMap((id, i) => [id, 1, inhoud(start + i), randomUUID(), 'bench', now]),
      );
      await client.query(
        `INSERT INTO ${schema}.outbox (event_id, event_type, topic, message_key, envelope) VALUES ${values(size, 5)}`,
        ids.flatMap((id, i) => [randomUUID(), 'overstap.dossier.ingediend', 'bench', id, envelope(start + i)]),
      );
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  }
  const rate = perSecond(count, Date.now() - started);
  await pool.query(`DROP SCHEMA ${schema} CASCADE`);
  return rate;
}
