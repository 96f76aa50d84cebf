import { parseArgs } from 'node:util';
import { SERVICES, ServiceName } from '@sluitend/contracts';
import { createKafka, listDeadLetters, replayDeadLetters } from '@sluitend/messaging';

const USAGE = `usage: sluitend dlq list <service>
       sluitend dlq replay <service> (--all | --id <eventId|partition:offset> [--id …])
  services: ${SERVICES.join(', ')}`;

/** Ops CLI for dead letters: list them (with why they failed) and replay them once their cause is fixed. */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { all: { type: 'boolean', default: false }, id: { type: 'string', multiple: true } },
  });
  const [action, service] = positionals;
  if (!['list', 'replay'].includes(action) || !SERVICES.includes(service as ServiceName)) throw new Error(USAGE);
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
  const prefix = process.env.TOPIC_PREFIX ?? 'sluitend';
  const kafka = createKafka('sluitend-dlq-cli', brokers);
  if (action === 'list') {
    const letters = await listDeadLetters(kafka, prefix, service as ServiceName);
    for (const letter of letters) {
      process.stdout.write(
        `${letter.ref}\t${letter.replayed ? 'replayed' : 'pending'}\t${letter.failedAt ?? ''}\t${letter.eventType ?? '-'}\t${letter.eventId ?? '-'}\t${letter.error ?? ''}\n`,
      );
    }
    process.stdout.write(`${letters.length} dead letter(s), ${letters.filter((l) => !l.replayed).length} not replayed\n`);
    return;
  }
  if (!values.all && !values.id?.length) throw new Error(USAGE);
  const replayed = await replayDeadLetters(kafka, prefix, service as ServiceName, values.all ? { all: true } : { ids: values.id ?? [] });
  process.stdout.write(`replayed ${replayed.length} dead letter(s) to ${prefix}.${service}.retry\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
