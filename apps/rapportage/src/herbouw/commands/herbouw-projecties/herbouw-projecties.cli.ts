import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { topicNames } from '@sluitend/contracts';
import { createKafka, streamTopic } from '@sluitend/messaging';
import { createServiceDataSource } from '@sluitend/persistence';
import { rapport } from '../../domain/vergelijking';
import { HERBOUW_BRONNEN, HerbouwProjecties } from './herbouw-projecties';

const USAGE = `usage: sluitend herbouw-rapportage [--schema <fresh schema>] [--behoud]
  Replays rapportage's projections from the event log (<prefix>.{overstap,trajecten,notificaties,verzuim}.events) into a fresh schema and compares
  them with the live ones (row counts, checksums, differing rows). Exit code 0: equal, 1: different.
  --schema  the schema to build into (default rapportage_herbouw); dropped first when it exists
  --behoud  keep the rebuilt schema for inspection (default: drop it after the comparison)`;

/** CLI adapter of HerbouwProjecties: streams the topics up to their current end into the rebuild, prints the comparison. */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      schema: { type: 'string', default: 'rapportage_herbouw' },
      behoud: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error(`DATABASE_URL is not set\n${USAGE}`);
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
  const prefix = process.env.TOPIC_PREFIX ?? 'sluitend';
  const liveSchema = process.env.DB_SCHEMA ?? 'rapportage';
  const topics = HERBOUW_BRONNEN.map((service) => topicNames(prefix, service).events);

  const started = Date.now();
  const kafka = createKafka('sluitend-rapportage-herbouw', brokers);
  // The topics one after another, streamed: each record is applied as it is read, the log is never held whole.
  async function* records(): AsyncGenerator<Buffer | null> {
    for (const topic of topics) for await (const { message } of streamTopic(kafka, topic, 120_000)) yield message.value;
  }
  const live = createServiceDataSource({
    url: databaseUrl,
    schema: liveSchema,
    entities: [],
    migrations: [],
    poolSize: 2,
    applicationName: 'rapportage-herbouw',
  });
  await live.initialize();
  try {
    const resultaat = await new HerbouwProjecties(live, databaseUrl).execute({
      input: { records: records(), herbouwSchema: values.schema, behouden: values.behoud },
    });
    process.stdout.write(
      `${topics.join(', ')}: ${resultaat.gelezen} events gelezen, ${resultaat.toegepast} toegepast, ${resultaat.herhaald} herhaald, ${resultaat.overgeslagen} niet voor rapportage, ${resultaat.onleesbaar} onleesbaar; het log reikt terug tot ${resultaat.vroegste ?? '-'} (${Date.now() - started} ms)\n`,
    );
    process.stdout.write(`${rapport(resultaat.vergelijking, resultaat.verschillen).join('\n')}\n`);
    if (values.behoud) process.stdout.write(`de herbouw staat in schema ${values.schema}\n`);
    return resultaat.vergelijking.gelijk ? 0 : 1;
  } finally {
    await live.destroy();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  });
